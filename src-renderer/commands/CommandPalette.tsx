import { Badge, Group, Kbd, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import Fuse from 'fuse.js';
import { useEffect, useMemo, useState } from 'react';
import { COMMANDS, type CommandId } from '@common/commands/catalog';
import { fold } from '@common/text/fold';
import { useBoardEntries } from '../features/ach/use-board-entries';
import { useSavedSearchEntries } from '../features/coding/use-saved-search-entries';
import { usePaletteSources, type PaletteEntry as Entry } from '../features/search/palette-sources';
import { useUi } from '../state/ui-store';
import type { CommandHandlers } from './registry';
import { displayKeys } from './keys';

/** Ctrl+K: commands, documents, themes, outlets and claims, matched with fuse.js over folded titles. */
export function CommandPalette({ handlers }: { handlers: CommandHandlers }) {
  const open = useUi((s) => s.paletteOpen);
  const setPalette = useUi((s) => s.setPalette);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { entries: sources, searched } = usePaletteSources(open, query);
  const saved = useSavedSearchEntries();
  const boards = useBoardEntries();

  useEffect(() => {
    if (!open) return;
    setQuery('');
    setActive(0);
  }, [open]);

  const entries = useMemo<Entry[]>(
    () => [
      ...COMMANDS.filter((c) => handlers[c.id as CommandId]).map((c) => ({
        id: c.id,
        title: c.title,
        group: c.group,
        keys: 'keys' in c ? c.keys : undefined,
        folded: fold(c.title),
        run: handlers[c.id as CommandId]!,
      })),
      ...sources,
      ...saved,
      ...boards,
    ],
    [handlers, sources, saved, boards],
  );
  const fuse = useMemo(() => new Fuse(entries, { keys: ['folded'], threshold: 0.4, ignoreLocation: true }), [entries]);
  const fuzzy = query.trim() ? fuse.search(fold(query.trim()), { limit: 50 }).map((r) => r.item) : entries.slice(0, 50);
  const results = searched.length ? [...fuzzy.slice(0, 30), ...searched] : fuzzy;

  const choose = (e: Entry | undefined): void => {
    if (!e) return;
    setPalette(false);
    e.run();
  };

  return (
    <Modal opened={open} onClose={() => setPalette(false)} title="Command palette" size="lg" yOffset="10vh">
      <Stack gap="xs">
        <TextInput
          data-autofocus
          aria-label="Command or document"
          placeholder="A command, document, theme, outlet or claim"
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') choose(results[active]);
            else return;
            e.preventDefault();
          }}
        />
        <ScrollArea.Autosize mah="50vh">
          <div role="listbox" aria-label="Matches">
            {results.map((e, i) => (
              <UnstyledButton
                key={e.id}
                role="option"
                aria-selected={i === active}
                aria-label={e.title}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(e)}
                w="100%"
                p="xs"
                style={{ borderRadius: 6, background: i === active ? 'var(--mantine-color-default-hover)' : undefined }}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" truncate>
                    {e.title}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" size="xs">
                      {e.group}
                    </Badge>
                    {e.keys && displayKeys(e.keys).map((k) => <Kbd key={k} size="xs">{k}</Kbd>)}
                  </Group>
                </Group>
              </UnstyledButton>
            ))}
            {results.length === 0 && (
              <Text c="dimmed" size="sm" p="xs">
                Nothing matches “{query}”.
              </Text>
            )}
          </div>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
