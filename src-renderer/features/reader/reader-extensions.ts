import { ListItem } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { Caption } from './caption-node';
import { ReadOnlyText } from './read-only-text';

/** List items without their editing keys: Tab moves the focus on, as everywhere in the reader. */
const ReaderListItem = ListItem.extend({ addKeyboardShortcuts: () => ({}) });

/** The reader's schema: the block kinds of an imported document and nothing that edits or adds nodes; a caret but no edits. */
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
    listItem: false,
    listKeymap: false,
    orderedList: false,
    strike: false,
    trailingNode: false,
    underline: false,
    undoRedo: false,
  }),
  ReaderListItem,
  Caption,
  ReadOnlyText,
];
