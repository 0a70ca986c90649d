import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { SearchSpec } from '@common/api/schemas/coding';
import { mutate } from '../../bridge/mutate';

/** Names the current search and keeps it in the sidebar and the palette. */
export function SaveSearchDialog({ search, opened, onClose }: { search: SearchSpec; opened: boolean; onClose(): void }) {
  const [name, setName] = useState('');
  const save = async (): Promise<void> => {
    try {
      const saved = await mutate('savedSearches.save', { name: name.trim() || search.query, search });
      onClose();
      setName('');
      notifications.show({ message: `Saved “${saved.name}” (${saved.count}${saved.countExact ? '' : '+'} results).` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Search not saved', message: (e as Error).message });
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Save search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput label="Name" aria-label="Saved search name" placeholder={search.query} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit">Save</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
