import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

/** Asks for an argument's title (new argument, rename). */
export function TitleDialog({ title, initial, action, onSubmit, onClose }: { title: string; initial: string; action: string; onSubmit(value: string): void; onClose(): void }) {
  const [value, setValue] = useState(initial);
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onSubmit(value.trim());
        }}
      >
        <Stack gap="sm">
          <TextInput label="Title" aria-label="Title" data-autofocus value={value} onChange={(e) => setValue(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} aria-label="Cancel">
              Cancel
            </Button>
            <Button type="submit" disabled={!value.trim()} aria-label={action}>
              {action}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Asks before deleting an argument (its claims stay). */
export function DeleteArgumentDialog({ title, onConfirm, onClose }: { title: string; onConfirm(): void; onClose(): void }) {
  return (
    <Modal opened onClose={onClose} title="Delete argument?">
      <Stack gap="sm" role="alertdialog" aria-label="Delete argument">
        <Text size="sm">“{title}” will be deleted. The claims it cites stay.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} aria-label="Keep argument" data-autofocus>
            Keep
          </Button>
          <Button color="red" onClick={onConfirm} aria-label="Delete argument">
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
