import { mergeAttributes, Node } from '@tiptap/core';
import { CLAIM_REF_NODE, type ClaimRefAttrs } from '../api/schemas/arguments';
import { STANCES, type Stance } from '../api/schemas/claims';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    claimRef: {
      /** Replaces `range` (the typed "@query") or the selection with a reference to a claim and a space. */
      insertClaimRef(attrs: ClaimRefAttrs, range?: { from: number; to: number }): ReturnType;
      /** Changes the stance of the reference at `pos`. */
      setClaimRefStance(pos: number, stance: Stance): ReturnType;
    };
  }
}

const stanceOf = (v: string | null): Stance => ((STANCES as readonly (string | null)[]).includes(v) ? (v as Stance) : 'supports');

/**
 * An inline, atomic citation of a claim inside an argument body. The JSON carries exactly
 * `{claimUid, stance}` (schemas/arguments.ts); its number and statement are looked up when drawn.
 * This is the schema part, shared by the editors and the core; the renderer's ClaimRefView adds the chip.
 */
export const ClaimRef = Node.create({
  name: CLAIM_REF_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      claimUid: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-claim-uid') ?? '',
        renderHTML: (attrs: { claimUid: string }) => ({ 'data-claim-uid': attrs.claimUid }),
      },
      stance: {
        default: 'supports',
        parseHTML: (el) => stanceOf(el.getAttribute('data-stance')),
        renderHTML: (attrs: { stance: Stance }) => ({ 'data-stance': attrs.stance }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-claim-ref]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-claim-ref': '', class: 'claim-ref' }, HTMLAttributes), '[claim]'];
  },

  renderText() {
    return '[claim]';
  },

  addCommands() {
    return {
      insertClaimRef:
        (attrs, range) =>
        ({ chain, state }) => {
          const at = range ?? { from: state.selection.from, to: state.selection.to };
          return chain()
            .insertContentAt(at, [
              { type: this.name, attrs: { claimUid: attrs.claimUid, stance: attrs.stance } },
              { type: 'text', text: ' ' },
            ])
            .run();
        },
      setClaimRefStance:
        (pos, stance) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (node?.type.name !== this.name) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, stance });
          return true;
        },
    };
  },
});
