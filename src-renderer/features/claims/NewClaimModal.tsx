import { mutate } from '../../bridge/mutate';
import { ClaimFormModal } from './ClaimFormModal';
import { useClaimsUi } from './claims-store';

/** A claim with no evidence yet: its page opens next, where passages are attached. */
export function NewClaimModal({ onClose }: { onClose(): void }) {
  return (
    <ClaimFormModal
      title="New claim"
      initial={{ statement: '', eventDate: '', status: 'open', credibility: 6 }}
      create={(fields) => mutate('claims.create', fields)}
      onClose={onClose}
      onCreated={(c) => useClaimsUi.getState().open(c.uid)}
    />
  );
}
