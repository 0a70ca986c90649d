import { Button, CloseButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AchBoard } from '@common/api/schemas/ach';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';
import { DialogFooter } from '../../ui/DialogFooter';
import { shorten } from '../claims/claim-labels';
import { ClaimPicker } from '../claims/ClaimPicker';

/** Picks claims of the project (typo-tolerant search over statements) and adds them as rows, in the order picked. */
export function AddClaimsDialog({ board, onClose }: { board: AchBoard; onClose(): void }) {
  const { data: claims } = useApiQuery('claims.list', { sort: 'updated', direction: 'desc' });
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const onBoard = useMemo(() => new Set(board.rows.map((r) => r.claimUid)), [board.rows]);
  const open = useMemo(() => (claims ?? []).filter((c) => !onBoard.has(c.uid) && !picked.includes(c.uid)), [claims, onBoard, picked]);
  const statement = (uid: string): string => claims?.find((c) => c.uid === uid)?.statement ?? uid;
  const add = async (): Promise<void> => {
    try {
      await mutate('ach.addClaims', { board: board.uid, claims: picked });
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title="Add claims to the board" size="lg">
      <Stack gap="sm">
        <ClaimPicker claims={open} value={null} onChange={(uid) => setPicked((p) => [...p, uid])} />
        <Stack gap={4} role="list" aria-label="Claims to add">
          {picked.length === 0 && (
            <Text size="sm" c="dimmed">
              Choose claims above (Enter adds the highlighted one); they become rows in this order.
            </Text>
          )}
          {picked.map((uid) => (
            <Group key={uid} role="listitem" gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm">{shorten(statement(uid), 120)}</Text>
              <CloseButton size="sm" aria-label={`Leave out: ${shorten(statement(uid), 60)}`} onClick={() => setPicked((p) => p.filter((x) => x !== uid))} />
            </Group>
          ))}
        </Stack>
        <DialogFooter error={error} failure="Claims not added" onCancel={onClose}>
          <Button onClick={() => void add()} disabled={picked.length === 0}>
            {picked.length === 1 ? 'Add 1 claim' : `Add ${picked.length} claims`}
          </Button>
        </DialogFooter>
      </Stack>
    </Modal>
  );
}
