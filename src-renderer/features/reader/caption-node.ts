import { mergeAttributes, Node } from '@tiptap/core';

/**
 * A photo caption: its text is part of the canonical text; the credit label ("Photo: X") is
 * drawn outside the content hole, so it takes no ProseMirror positions.
 */
export const Caption = Node.create({
  name: 'caption',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return { credit: { default: null, rendered: false } };
  },
  parseHTML() {
    return [{ tag: 'figcaption.reader-caption' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const credit = node.attrs.credit as string | null;
    const attrs = mergeAttributes(HTMLAttributes, { class: 'reader-caption' });
    const text = ['span', { class: 'reader-caption-text' }, 0] as const;
    return credit
      ? ['figcaption', attrs, text, ['span', { class: 'reader-caption-credit', contenteditable: 'false' }, `Photo: ${credit}`]]
      : ['figcaption', attrs, text];
  },
});
