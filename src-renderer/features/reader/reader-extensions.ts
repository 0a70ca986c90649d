import StarterKit from '@tiptap/starter-kit';
import { Caption } from './caption-node';

/** The reader's schema: the block kinds of an imported document and nothing that edits or adds nodes. */
export const readerExtensions = [
  StarterKit.configure({
    blockquote: false,
    bold: false,
    code: false,
    codeBlock: false,
    dropcursor: false,
    gapcursor: false,
    hardBreak: false,
    horizontalRule: false,
    italic: false,
    link: false,
    listKeymap: false,
    orderedList: false,
    strike: false,
    trailingNode: false,
    underline: false,
    undoRedo: false,
  }),
  Caption,
];
