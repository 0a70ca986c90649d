import { Badge, Button, Group, MultiSelect, Paper, ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useDeferredValue, useState } from 'react';
import type { Annotation } from '@common/api/schemas/annotations';
import type { Theme } from '@common/api/schemas/themes';
import { useAnnotate } from './annotate-store';
import { AnnotationDetail } from './AnnotationDetail';
import { deleteAnnotation, reattach } from './annotation-ops';

interface Props {
  /** Placed annotations that pass the filter, in text order. */
  visible: readonly Annotation[];
  orphans: readonly Annotation[];
  all: readonly Annotation[];
  themes: readonly Theme[];
}

/** Items drawn at first; a long list grows on demand, so opening a heavily annotated document stays fast. */
const PAGE = 150;

const STATUS: Record<Annotation['anchorStatus'], string> = { exact: 'exact', reanchored: 're-anchored', orphaned: 'orphaned' };

// Rows are memoised: a refetched list keeps the objects of unchanged annotations (structural
// sharing), so a tag or a selection re-renders only the rows it touched.
const Item = memo(function Item({ a, selected }: { a: Annotation; selected: boolean }) {
  const jumpTo = useAnnotate((s) => s.jumpTo);
  return (
    <UnstyledButton
      onClick={() => jumpTo(a.uid)}
      aria-label={`Annotation: ${a.exact.slice(0, 80)}`}
      aria-current={selected || undefined}
      p={6}
      style={{ borderRadius: 4, background: selected ? 'var(--mantine-color-default-hover)' : undefined }}
    >
      <Text size="sm" lineClamp={2}>
        “{a.exact}”
      </Text>
      <Group gap={4} mt={2}>
        {a.themes.map((t) => (
          <Badge key={t.uid} size="xs" variant="dot" color={t.color} style={{ textTransform: 'none' }}>
            {t.name}
          </Badge>
        ))}
        {a.anchorStatus !== 'exact' && (
          <Badge size="xs" color="orange" variant="outline">
            {STATUS[a.anchorStatus]}
          </Badge>
        )}
      </Group>
      {a.noteText && (
        <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
          {a.noteText}
        </Text>
      )}
    </UnstyledButton>
  );
});

function Orphan({ a }: { a: Annotation }) {
  const pending = useAnnotate((s) => s.pending);
  const failed = (e: Error) => notifications.show({ color: 'red', title: 'Not changed', message: e.message });
  return (
    <Paper withBorder p={6} role="group" aria-label={`Orphaned annotation: ${a.exact.slice(0, 80)}`}>
      <Text size="sm" lineClamp={2}>
        “{a.exact}”
      </Text>
      <Group gap={4} mt={4}>
        <Button
          size="compact-xs"
          variant="light"
          disabled={!pending}
          title={pending ? undefined : 'Select the passage in the text first'}
          aria-label="Re-attach to selection"
          onClick={() =>
            pending &&
            reattach(a.uid, pending.start, pending.end).then(() => {
              useAnnotate.getState().setPending(null);
              notifications.show({ message: 'Re-attached to the selection. Ctrl+Z puts it back.' });
            }, failed)
          }
        >
          Re-attach to selection
        </Button>
        <Button size="compact-xs" variant="subtle" color="red" aria-label="Delete orphaned annotation" onClick={() => deleteAnnotation(a.uid).catch(failed)}>
          Delete
        </Button>
      </Group>
    </Paper>
  );
}

/** The document's annotations beside the reader: filter by theme, the selected one, the list, the orphans. */
export function AnnotationPanel({ visible, orphans, all, themes }: Props) {
  const selected = useAnnotate((s) => s.selectedUid);
  const filter = useAnnotate((s) => s.filter);
  const setFilter = useAnnotate((s) => s.setFilter);
  const current = all.find((a) => a.uid === selected);
  // The text and its highlights paint first; the list follows in a later, interruptible render.
  const listed = useDeferredValue(visible);
  const [shown, setShown] = useState(PAGE);
  const selectedAt = listed.findIndex((a) => a.uid === selected);
  const limit = Math.max(shown, selectedAt + 1);
  return (
    <Stack component="aside" aria-label="Annotations" w={340} miw={340} h="100%" gap="xs" p="sm" style={{ borderLeft: '1px solid var(--mantine-color-default-border)', contain: 'strict' }}>
      <Title order={2} size="h5">
        Annotations ({visible.length})
      </Title>
      <MultiSelect
        size="xs"
        aria-label="Filter by theme"
        placeholder={filter.length ? undefined : 'Filter by theme'}
        data={themes.map((t) => ({ value: t.uid, label: t.name }))}
        value={filter}
        onChange={setFilter}
        searchable
      />
      {filter.length > 0 && (
        <Button size="compact-xs" variant="subtle" aria-label="Clear theme filter" onClick={() => setFilter([])}>
          Show all themes
        </Button>
      )}
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap="xs">
          {current && <AnnotationDetail annotation={current} themes={themes} />}
          <Stack gap={2} role="list" aria-label="Annotations in this document">
            {visible.length === 0 && (
              <Text size="sm" c="dimmed">
                {filter.length ? 'No annotation carries these themes.' : 'Select text to tag a passage.'}
              </Text>
            )}
            {listed.slice(0, limit).map((a) => (
              <div role="listitem" key={a.uid} className="anno-list-item">
                <Item a={a} selected={a.uid === selected} />
              </div>
            ))}
          </Stack>
          {listed.length > limit && (
            <Button size="compact-xs" variant="subtle" aria-label="Show more annotations" onClick={() => setShown(limit + PAGE)}>
              {`Show ${Math.min(PAGE, listed.length - limit)} more of ${listed.length - limit}`}
            </Button>
          )}
          {orphans.length > 0 && (
            <Stack gap={4} aria-label="Orphaned annotations" role="region">
              <Title order={3} size="h6" c="orange">
                Orphaned ({orphans.length}): not found in this version
              </Title>
              {orphans.map((a) => (
                <Orphan key={a.uid} a={a} />
              ))}
            </Stack>
          )}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
