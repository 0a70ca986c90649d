import { ReactNodeViewRenderer } from '@tiptap/react';
import { ClaimRef } from '@common/richtext/claim-ref';
import { ClaimRefChip } from './ClaimRefChip';

/** The claim reference as the editor draws it: a React chip. */
export const ClaimRefView = ClaimRef.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ClaimRefChip, { as: 'span' });
  },
});
