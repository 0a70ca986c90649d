import { Alert, Button, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Theme } from '@common/api/schemas/themes';
import { useApiQuery } from '../../bridge/use-api-query';
import { deleteTheme, mergeThemes } from './theme-actions';
import { isWithin } from './theme-tree';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface DialogProps {
  theme: Theme;
  opened: boolean;
  onClose(): void;
  onDone(next: string | null): void;
}

/** Merge: pick the theme that takes over this one's annotations and sub-themes. */
export function MergeThemeDialog({ theme, themes, opened, onClose, onDone }: DialogProps & { themes: readonly Theme[] }) {
  const [target, setTarget] = useState<string | null>(null);
  const options = themes.filter((t) => !isWithin(themes, t.uid, theme.uid)).map((t) => ({ value: t.uid, label: t.name }));
  const merge = async (): Promise<void> => {
    if (!target) return;
    const r = await mergeThemes(theme.uid, target);
    if (!r) return;
    notifications.show({ message: `Merged “${theme.name}” into “${r.target.name}”: ${count(r.annotationsMoved, 'annotation')} moved.` });
    onDone(r.target.uid);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Merge “${theme.name}” into…`}>
      <Stack>
        <Text size="sm">
          Its {count(theme.annotationCount, 'annotation')} and its sub-themes move to the theme you pick; “{theme.name}” is then removed.
        </Text>
        <Select
          label="Target theme"
          aria-label="Target theme"
          data={options}
          value={target}
          onChange={setTarget}
          searchable
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} aria-label="Cancel merge">
            Cancel
          </Button>
          <Button onClick={() => void merge()} disabled={!target} aria-label="Merge themes">
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Delete asks first, saying how many annotations it touches (they stay, with their other themes). */
export function DeleteThemeDialog({ theme, opened, onClose, onDone }: DialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Delete “${theme.name}”?`}>
      {opened && <DeletePreview theme={theme} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function DeletePreview({ theme, onClose, onDone }: Omit<DialogProps, 'opened'>) {
  const { data: preview, error } = useApiQuery('themes.deletePreview', { uid: theme.uid });
  const [busy, setBusy] = useState(false);
  if (error)
    return (
      <Alert color="red" role="alert">
        {error}
      </Alert>
    );
  if (!preview) return <Loader size="sm" aria-label="Counting annotations" />;
  const del = async (): Promise<void> => {
    setBusy(true);
    const r = await deleteTheme(theme.uid);
    setBusy(false);
    if (!r) return;
    notifications.show({ message: `Deleted “${r.name}”; ${count(r.annotations, 'annotation')} lost this theme.` });
    onDone(null);
  };
  return (
    <Stack>
      <Text size="sm" aria-label="Delete impact">
        {preview.annotations === 0
          ? 'No annotation carries this theme.'
          : `${count(preview.annotations, 'annotation')} carry this theme; they are kept with their other themes.`}
        {preview.untagged > 0 && ` ${count(preview.untagged, 'annotation')} will have no theme left.`}
        {preview.children > 0 && ` ${count(preview.children, 'sub-theme')} move up a level.`}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} aria-label="Cancel delete">
          Cancel
        </Button>
        <Button color="red" loading={busy} onClick={() => void del()} aria-label="Delete theme">
          Delete theme
        </Button>
      </Group>
    </Stack>
  );
}
