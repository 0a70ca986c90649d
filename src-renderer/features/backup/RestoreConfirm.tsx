import { Button, Group, Modal, Text } from '@mantine/core';
import { useRef } from 'react';

/** The one question before the open project is replaced. */
export function RestoreConfirm({ from, busy, onConfirm, onCancel }: { from: string | null; busy: boolean; onConfirm(): void; onCancel(): void }) {
  // The text stays while the modal fades out after the answer.
  const shown = useRef(from);
  if (from !== null) shown.current = from;
  return (
    <Modal opened={from !== null} onClose={onCancel} title="Restore from backup" aria-label="Confirm restore" zIndex={400} centered>
      <Text size="sm">
        Replace the open project with the backup from {shown.current}? The current project is kept in the backups folder.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel} aria-label="Cancel restore" disabled={busy}>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy} aria-label="Replace project">
          Replace project
        </Button>
      </Group>
    </Modal>
  );
}
