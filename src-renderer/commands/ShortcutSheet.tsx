import { Group, Kbd, Modal, Table } from '@mantine/core';
import { ALIAS_KEYS, COMMANDS } from '@common/commands/catalog';
import { useUi } from '../state/ui-store';
import { displayKeys } from './keys';

const keysOf = (accel: string) => (
  <Group gap={2} component="span">
    {displayKeys(accel).map((k) => (
      <Kbd key={k} size="xs">
        {k}
      </Kbd>
    ))}
  </Group>
);

/** Ctrl+/: every command that has a key, from the same catalog as the menus. */
export function ShortcutSheet() {
  const open = useUi((s) => s.shortcutsOpen);
  const setShortcuts = useUi((s) => s.setShortcuts);
  return (
    <Modal opened={open} onClose={() => setShortcuts(false)} title="Keyboard shortcuts" size="md">
      <Table aria-label="Keyboard shortcuts" striped>
        <Table.Tbody>
          {COMMANDS.filter((c) => 'keys' in c).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.title}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {'keys' in c && keysOf(c.keys)}
                  {(ALIAS_KEYS[c.id] ?? []).map((k) => (
                    <span key={k}>{keysOf(k)}</span>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
