import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiQuery } from '../../bridge/use-api-query';
import { mutate } from '../../bridge/mutate';
import { shorten } from './claim-labels';
import { ClaimPicker } from './ClaimPicker';
import { useClaimsUi } from './claims-store';
import { EvidenceDraftFields, NEW_EVIDENCE } from './EvidenceDraftFields';
import type { Passage } from './MakeClaimModal';

interface Props {
  passage: Passage;
  onClose(): void;
}

/** "Attach to claim…": the passage becomes evidence for an existing claim, with a stance and a note. */
export function AttachClaimModal({ passage, onClose }: Props) {
  const { data: claims } = useApiQuery('claims.list', { sort: 'updated', direction: 'desc' });
  const [claim, setClaim] = useState<string | null>(useClaimsUi.getState().lastClaim);
  const [draft, setDraft] = useState(NEW_EVIDENCE);
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    if (!claim) return;
    setBusy(true);
    try {
      const c = await mutate('claims.addEvidence', { claim, annotation: passage.uid, ...draft });
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
        <EvidenceDraftFields draft={draft} onChange={setDraft} ready={!!claim} busy={busy} onAttach={() => void save()} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
