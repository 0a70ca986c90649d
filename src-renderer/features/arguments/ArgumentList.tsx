import { ActionIcon, Badge, Button, Group, Menu, ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ArgumentSummary } from '@common/api/schemas/arguments';
import { useApiQuery } from '../../bridge/use-api-query';
import { mutate } from '../../bridge/mutate';
import { TextDialog } from '../../ui/TextDialog';
import { DeleteArgumentDialog } from './ArgumentDialogs';
import { useArgumentsUi } from './arguments-store';

const failed = (title: string) => (e: Error) => void notifications.show({ color: 'red', title, message: e.message });

type Dialog = { kind: 'new' } | { kind: 'rename' | 'delete'; argument: ArgumentSummary } | null;

/** The project's arguments: pick one to edit, make, rename or delete them. */
export function ArgumentList() {
  const { data } = useApiQuery('arguments.list', {});
  const { openUid, open } = useArgumentsUi();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = (): void => setDialog(null);

  const create = (title: string): void =>
    void mutate('arguments.create', { title }).then((a) => {
      open(a.uid);
      close();
    }, failed('Argument not created'));
  const rename = (uid: string, title: string): void =>
    void mutate('arguments.update', { uid, patch: { title } }).then(() => {
      close();
    }, failed('Argument not renamed'));
  const remove = (uid: string): void =>
    void mutate('arguments.delete', { uid }).then(() => {
      if (openUid === uid) open(null);
      close();
    }, failed('Argument not deleted'));

  return (
    <Stack component="nav" aria-label="Arguments list" w="100%" h="100%" gap="xs" p="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Arguments
        </Title>
        <Button size="compact-xs" onClick={() => setDialog({ kind: 'new' })} aria-label="New argument">
          New
        </Button>
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap={2} role="list">
          {data?.length === 0 && (
            <Text size="sm" c="dimmed">
              No arguments yet.
            </Text>
          )}
          {data?.map((a) => (
            <Group key={a.uid} role="listitem" aria-label={a.title} gap={2} wrap="nowrap" p={4} style={{ borderRadius: 4, background: a.uid === openUid ? 'var(--mantine-primary-color-light)' : undefined }}>
              <UnstyledButton style={{ flex: 1, minWidth: 0 }} onClick={() => open(a.uid)} aria-label={`Open argument ${a.title}`} aria-current={a.uid === openUid || undefined}>
                <Text size="sm" truncate>
                  {a.title}
                </Text>
                <Group gap={4}>
                  <Text size="xs" c="dimmed">
                    {a.claimCount} {a.claimCount === 1 ? 'claim' : 'claims'}
                  </Text>
                  {a.brokenCount > 0 && (
                    <Badge size="xs" color="orange" variant="light">
                      {a.brokenCount} broken
                    </Badge>
                  )}
                </Group>
              </UnstyledButton>
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="subtle" size="sm" aria-label={`Actions for ${a.title}`}>
                    ⋯
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => setDialog({ kind: 'rename', argument: a })}>Rename…</Menu.Item>
                  <Menu.Item color="red" onClick={() => setDialog({ kind: 'delete', argument: a })}>
                    Delete…
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          ))}
        </Stack>
      </ScrollArea>
      {dialog?.kind === 'new' && <TextDialog title="New argument" initial="" action="Create" onSubmit={create} onClose={close} />}
      {dialog?.kind === 'rename' && (
        <TextDialog title="Rename argument" initial={dialog.argument.title} action="Rename" onSubmit={(t) => rename(dialog.argument.uid, t)} onClose={close} />
      )}
      {dialog?.kind === 'delete' && <DeleteArgumentDialog title={dialog.argument.title} onConfirm={() => remove(dialog.argument.uid)} onClose={close} />}
    </Stack>
  );
}
