import { Button, Group, Modal, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Stance } from '../../../src-main/common/api/schemas/claims';
import { api, dataChanged, useApi } from '../../bridge/api';
import { shorten, stanceOptions } from './claim-labels';
import { ClaimPicker } from './ClaimPicker';
import { useClaimsUi } from './claims-store';
import type { Passage } from './MakeClaimModal';

interface Props {
  passage: Passage;
  onClose(): void;
}

/** "Attach to claim…": the passage becomes evidence for an existing claim, with a stance and a note. */
export function AttachClaimModal({ passage, onClose }: Props) {
  const { data: claims } = useApi('claims.list', { sort: 'updated', direction: 'desc' });
  const [claim, setClaim] = useState<string | null>(useClaimsUi.getState().lastClaim);
  const [stance, setStance] = useState<Stance>('supports');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    if (!claim) return;
    setBusy(true);
    try {
      const c = await api('claims.addEvidence', { claim, annotation: passage.uid, stance, note });
      dataChanged();
      useClaimsUi.getState().setLastClaim(c.uid);
      onClose();
      notifications.show({ title: 'Passage attached', message: shorten(c.statement, 80) });
    } catch (e) {
      notifications.show({ color: 'red', title: 'The passage was not attached', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Attach to claim" size="lg">
      <Stack gap="sm" role="form" aria-label="Attach to claim">
        <ClaimPicker claims={claims ?? []} value={claim} onChange={setClaim} />
        <SegmentedControl aria-label="Stance" transitionDuration={0} data={stanceOptions} value={stance} onChange={(v) => setStance(v as Stance)} />
        <Textarea label="Note" aria-label="Evidence note" autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} aria-label="Cancel">
            Cancel
          </Button>
          <Button onClick={() => void save()} disabled={!claim} loading={busy} aria-label="Attach">
            Attach
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
