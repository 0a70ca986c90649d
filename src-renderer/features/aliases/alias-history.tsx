import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { aliasUndo } from './alias-ops';

/** Ctrl+Z / Ctrl+Shift+Z in the alias dialog, and the notifications' Undo buttons. */
export function aliasHistory(how: 'undo' | 'redo'): void {
  aliasUndo[how]().then(
    (label) => notifications.show({ message: label ? `${how === 'undo' ? 'Undone' : 'Redone'}: ${label}` : `Nothing to ${how}` }),
    (e: Error) => notifications.show({ color: 'red', title: how === 'undo' ? 'Could not undo' : 'Could not redo', message: e.message }),
  );
}

/** Says what a change did, with Undo beside it. */
export function notifyUndoable(message: string): void {
  const id = `alias-${Date.now()}`;
  notifications.show({
    id,
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-xs"
          variant="light"
          aria-label={`Undo: ${message}`}
          onClick={() => {
            notifications.hide(id);
            aliasHistory('undo');
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
