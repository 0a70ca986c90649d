import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ClaimDeleted } from '@common/api/schemas/claims';
import { mutate } from '../../bridge/mutate';
import { shorten } from './claim-labels';

/** Brings a deleted claim back (same uid: the arguments citing it are whole again). */
async function undoDelete(done: ClaimDeleted, id: string): Promise<void> {
  try {
    await mutate('claims.restore', done.restore);
    notifications.update({ id, message: `Claim restored: ${shorten(done.statement, 60)}`, autoClose: 4000 });
  } catch (e) {
    notifications.update({ id, color: 'red', title: 'The claim could not be restored', message: (e as Error).message, autoClose: false });
  }
}

/** Deletes the claim and offers Undo in the notification that says so. */
export async function deleteClaimWithUndo(uid: string): Promise<void> {
  const done = await mutate('claims.delete', { uid });
  const id = `claim-deleted-${uid}`;
  notifications.show({
    id,
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">Claim deleted: {shorten(done.statement, 60)}</Text>
        <Button size="compact-xs" variant="light" onClick={() => void undoDelete(done, id)} aria-label="Undo claim delete">
          Undo
        </Button>
      </Group>
    ),
  });
}
