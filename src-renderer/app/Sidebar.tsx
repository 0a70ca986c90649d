import { Box, Kbd, NavLink, Stack, Text } from '@mantine/core';
import type { CommandHandlers } from '../commands/registry';
import { useUi, type View } from '../state/ui-store';
import { BoardSidebarList } from '../features/ach/BoardSidebarList';
import { SavedSearchList } from '../features/coding/SavedSearchList';
import { MenuBar } from './MenuBar';

const ITEMS: { view: View; label: string; keys: string }[] = [
  { view: 'library', label: 'Library', keys: 'Alt 1' },
  { view: 'themes', label: 'Themes', keys: 'Alt 2' },
  { view: 'claims', label: 'Claims', keys: 'Alt 3' },
  { view: 'arguments', label: 'Arguments', keys: 'Alt 4' },
  { view: 'outlets', label: 'Outlets', keys: 'Alt 5' },
  { view: 'analysis', label: 'Analysis', keys: 'Alt 6' },
  { view: 'search', label: 'Search', keys: 'Ctrl ⇧F' },
];

export function Sidebar({ handlers }: { handlers: CommandHandlers }) {
  // Electron draws its menu natively; the browser host draws the same one here.
  const desktop = Boolean(window.dossier?.host);
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  return (
    <Stack gap={0}>
      {!desktop && (
        <Box px={4} pt={4}>
          <MenuBar handlers={handlers} />
        </Box>
      )}
      <Stack component="nav" aria-label="Sections" gap={2} p="xs">
      <Text fw={700} size="lg" px="xs" pb="xs">
        Dossier
      </Text>
      {ITEMS.map((item) => (
        <NavLink
          key={item.view}
          component="button"
          label={item.label}
          aria-label={item.label}
          aria-current={view === item.view || (item.view === 'library' && view === 'reader') ? 'page' : undefined}
          active={view === item.view || (item.view === 'library' && view === 'reader')}
          onClick={() => setView(item.view)}
          rightSection={<Kbd size="xs">{item.keys}</Kbd>}
        />
      ))}
      </Stack>
      <SavedSearchList />
      <BoardSidebarList />
    </Stack>
  );
}
