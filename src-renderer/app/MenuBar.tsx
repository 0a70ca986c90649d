import { Button, Group, Kbd, Menu, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { COMMANDS, type CommandId, type MenuPlace } from '@common/commands/catalog';
import type { RecentProjectList } from '@common/api/schemas/project';
import { api } from '../bridge/api';
import type { CommandHandlers } from '../commands/registry';
import { displayKeys } from '../commands/keys';
import { openProjectAt } from '../features/project/switch-project';

const PLACES: { place: MenuPlace; label: string }[] = [
  { place: 'file', label: 'File' },
  { place: 'view', label: 'View' },
  { place: 'go', label: 'Go' },
  { place: 'help', label: 'Help' },
];

/**
 * The application menu drawn in the page, for the browser host, which has no native one: the
 * same catalog entries as Electron's menu, so a command shown here is one that runs here.
 */
export function MenuBar({ handlers }: { handlers: CommandHandlers }) {
  return (
    <Group role="group" aria-label="Application menu" gap={0} wrap="nowrap">
      {PLACES.map(({ place, label }) => (
        <Menu key={place} position="bottom-start" shadow="md" width={260} withinPortal returnFocus={false}>
          <Menu.Target>
            <Button variant="subtle" color="gray" size="compact-sm" px={6} aria-label={`${label} menu`}>
              {label}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {COMMANDS.filter((c) => 'menu' in c && c.menu === place && handlers[c.id as CommandId]).map((c) => (
              <MenuEntry key={c.id} title={c.title} keys={'keys' in c ? c.keys : undefined} run={handlers[c.id as CommandId]!}>
                {c.id === 'project.open' && <RecentMenu />}
              </MenuEntry>
            ))}
          </Menu.Dropdown>
        </Menu>
      ))}
    </Group>
  );
}

function MenuEntry({ title, keys, run, children }: { title: string; keys?: string; run(): void; children?: ReactNode }) {
  return (
    <>
      <Menu.Item
        onClick={() => {
          // The item keeps the focus while the menu closes, and Mantine's modals ignore an Escape
          // pressed on a menu item: let go of it, so a dialog this opens takes Escape (and its
          // focus trap takes the focus) from the first moment.
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
          run();
        }}
        aria-label={title}
        aria-keyshortcuts={keys?.replace('CmdOrCtrl', 'Control')}
        rightSection={keys ? <Kbd size="xs">{displayKeys(keys).join('+')}</Kbd> : undefined}
      >
        {title}
      </Menu.Item>
      {children}
    </>
  );
}

/** File › Open Recent: read when the submenu opens, so it lists what the host remembers now. */
function RecentMenu() {
  const [recent, setRecent] = useState<RecentProjectList['projects'] | null>(null);
  return (
    <Menu.Sub onChange={(opened) => opened && void api('project.recent', {}).then((r) => setRecent(r.projects), () => setRecent([]))}>
      <Menu.Sub.Target>
        <Menu.Sub.Item>Open Recent</Menu.Sub.Item>
      </Menu.Sub.Target>
      <Menu.Sub.Dropdown>
        {recent?.length === 0 && <Menu.Item disabled>No recent projects</Menu.Item>}
        {recent?.map((p) => (
          <Menu.Item key={p.path} onClick={() => void openProjectAt(p.path).catch(() => {})} title={p.path}>
            <Text size="sm" truncate="end">
              {p.name}
            </Text>
            <Text size="xs" c="dimmed" truncate="end" maw={360}>
              {p.path}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Sub.Dropdown>
    </Menu.Sub>
  );
}
