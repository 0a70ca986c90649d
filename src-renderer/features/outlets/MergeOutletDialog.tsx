import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Outlet } from '@common/api/schemas/outlets';
import { mutate } from '../../bridge/mutate';
import { DialogFooter } from '../../ui/DialogFooter';

/** Merges one outlet into another: its documents move to the target and it disappears. */
export function MergeOutletDialog({ from, outlets, onClose }: { from: Outlet | null; outlets: Outlet[]; onClose(): void }) {
  const [into, setInto] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = (): void => {
    setInto(null);
    setError(null);
    onClose();
  };
  const merge = async (): Promise<void> => {
    if (!from || !into) return;
    setBusy(true);
    try {
      await mutate('outlets.merge', { from: from.uid, into });
      close();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const target = outlets.find((o) => o.uid === into);
  return (
    <Modal opened={Boolean(from)} onClose={close} title={from ? `Merge ${from.name}` : 'Merge'}>
      <Stack gap="sm">
        <Select
          label="Merge into"
          aria-label="Merge into"
          placeholder="Pick the outlet to keep"
          data={outlets.filter((o) => o.uid !== from?.uid).map((o) => ({ value: o.uid, label: o.name }))}
          value={into}
          onChange={setInto}
          searchable
          data-autofocus
        />
        {from && target && (
          <Text size="sm">
            {from.documentCount} {from.documentCount === 1 ? 'document moves' : 'documents move'} to {target.name}, and “{from.name}” is
            removed.
          </Text>
        )}
        <DialogFooter error={error} failure="Not merged" onCancel={close} cancelLabel="Cancel merge">
          <Button color="red" onClick={() => void merge()} disabled={!into} loading={busy} aria-label="Merge outlets">
            Merge
          </Button>
        </DialogFooter>
      </Stack>
    </Modal>
  );
}
