import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';

interface Props {
  title: string;
  /** The field's label and accessible name. */
  label?: string;
  initial: string;
  /** The submit button's text and name, e.g. "Create", "Rename". */
  action: string;
  onSubmit(value: string): void;
  onClose(): void;
}

/** Asks for one line of text (a title, a name, a label); empty text cannot be submitted. */
export function TextDialog({ title, label = 'Title', initial, action, onSubmit, onClose }: Props) {
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
          <TextInput label={label} aria-label={label} data-autofocus value={value} onChange={(e) => setValue(e.currentTarget.value)} />
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
