import { Blockquote } from '@mantine/core';
import { mutate } from '../../bridge/mutate';
import { shorten } from './claim-labels';
import { ClaimFormModal } from './ClaimFormModal';

export interface Passage {
  uid: string;
  exact: string;
}

/** "Make claim": a claim whose first evidence is the passage, its statement prefilled with the quote. */
export function MakeClaimModal({ passage, onClose }: { passage: Passage; onClose(): void }) {
  return (
    <ClaimFormModal
      title="Make claim"
      initial={{ statement: passage.exact, eventDate: '', status: 'open', credibility: 6 }}
      create={(fields) => mutate('claims.createFromAnnotation', { annotation: passage.uid, ...fields })}
      onClose={onClose}
    >
      <Blockquote p="xs" fz="sm" aria-label="Passage">
        {shorten(passage.exact, 400)}
      </Blockquote>
    </ClaimFormModal>
  );
}
