import { Button, Group, Modal, Stack, Text } from '@mantine/core';

interface Props {
  /** What is being done, e.g. "Delete argument": the dialog's name and its red button's. */
  action: string;
  /** What happens, in a sentence. */
  message: string;
  /** The safe button's name, e.g. "Keep argument"; it has the focus. */
  keepLabel: string;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before a destructive step; the safe choice has the focus. */
export function ConfirmDialog({ action, message, keepLabel, onConfirm, onClose }: Props) {
  return (
    <Modal opened onClose={onClose} title={`${action}?`}>
      <Stack gap="sm" role="alertdialog" aria-label={action}>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} aria-label={keepLabel} data-autofocus>
            Keep
          </Button>
          <Button color="red" onClick={onConfirm} aria-label={action}>
            {action.split(' ')[0]}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
