import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { SearchSpec, Spread } from '@common/api/schemas/coding';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';
import { ThemeSelect } from '../../ui/EntitySelects';

function undoable(created: string[], themeName: string): void {
  const id = `tagged-${Date.now()}`;
  const undo = async (): Promise<void> => {
    notifications.hide(id);
    const { removed } = await mutate('coding.untag', { created });
    notifications.show({ message: `Removed the ${removed} passages tagged ${themeName}.` });
  };
  notifications.show({
    id,
    autoClose: 20_000,
    message: (
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Text size="sm">{`${created.length} passages tagged ${themeName}.`}</Text>
        <Button size="compact-xs" variant="light" onClick={() => void undo()} aria-label={`Undo tagging ${created.length} passages`}>
          Undo
        </Button>
      </Group>
    ),
  });
}

/** "Tag all hits with…": choose a theme and how much text, read what will be tagged, tag it in one step. */
export function TagHitsDialog({ search, opened, onClose }: { search: SearchSpec; opened: boolean; onClose(): void }) {
  const [theme, setTheme] = useState<string | null>(null);
  const [spread, setSpread] = useState<Spread>('sentence');
  const [busy, setBusy] = useState(false);
  const { data: themes } = useApiQuery('themes.list', {});
  const preview = useApiQuery('coding.preview', { search, theme: theme ?? '-', spread }, { enabled: opened && theme !== null });
  const ready = opened && theme !== null && preview.data !== undefined && !preview.error;
  const themeName = themes?.find((t) => t.uid === theme)?.name ?? '';
  const tag = async (): Promise<void> => {
    if (!theme) return;
    setBusy(true);
    try {
      const r = await mutate('coding.tagHits', { search, theme, spread });
      onClose();
      undoable(r.created, themeName);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Nothing tagged', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const p = ready ? preview.data : undefined;
  return (
    <Modal opened={opened} onClose={onClose} title={`Tag all hits of “${search.query}”`} size="lg">
      <Stack gap="sm">
        <ThemeSelect aria-label="Theme to tag with" label="Theme" placeholder="Choose a theme" value={theme} onChange={setTheme} data-autofocus />
        <SegmentedControl aria-label="Passage" value={spread} onChange={(v) => setSpread(v as Spread)}
          data={[{ value: 'sentence', label: 'The sentence of each hit' }, { value: 'paragraph', label: 'Its whole paragraph' }]} />
        {p && (
          <Stack gap={6} role="region" aria-label="Tagging preview">
            <Text size="sm" fw={500}>
              {`${p.toTag} passages will be tagged ${themeName}`}
              {p.alreadyTagged ? ` (${p.alreadyTagged} have it already and stay as they are)` : ''}.
            </Text>
            {p.capped && <Alert color="yellow" py={4}>The search has more hits than one tagging takes; only the first ones are tagged.</Alert>}
            {p.samples.map((x) => (
              <Text key={`${x.documentUid}:${x.start}`} size="xs" lineClamp={2} c="dimmed">
                “{x.exact}” · {x.documentTitle}
              </Text>
            ))}
            {p.toTag > p.samples.length && <Text size="xs" c="dimmed">{`…and ${p.toTag - p.samples.length} more.`}</Text>}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void tag()} loading={busy} disabled={!p || p.toTag === 0}>
            {p ? `Tag ${p.toTag} passages` : 'Tag'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
