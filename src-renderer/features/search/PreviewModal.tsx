import { Modal } from '@mantine/core';
import { ArgumentPreview } from './ArgumentPreview';
import { ClaimPreview } from './ClaimPreview';
import { usePreview } from './preview-store';

/** The claim or argument a search hit or the command palette opened. */
export function PreviewModal() {
  const preview = usePreview((s) => s.preview);
  const show = usePreview((s) => s.show);
  return (
    <Modal opened={preview !== null} onClose={() => show(null)} title={preview?.kind === 'argument' ? 'Argument' : 'Claim'} size="lg">
      {preview?.kind === 'claim' && <ClaimPreview uid={preview.uid} />}
      {preview?.kind === 'argument' && <ArgumentPreview uid={preview.uid} />}
    </Modal>
  );
}
