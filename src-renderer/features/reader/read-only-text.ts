import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/**
 * Caret browsing over text nobody may change. The reader's editor is editable so the browser
 * draws a caret that the arrows, Shift+arrows (by word with Ctrl), Home and End move and
 * extend, as in any text; every change to the document is refused: typed, deleted, pasted,
 * dropped or made by a command. Decorations (highlights) and the selection still change.
 */
export const ReadOnlyText = Extension.create({
  name: 'readOnlyText',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          // Stop the browser's own edits before they touch the DOM (ProseMirror would have to undo them).
          handleDOMEvents: {
            beforeinput: (_view, e) => {
              e.preventDefault();
              return true;
            },
          },
          handleTextInput: () => true,
          // The paste event still reaches the page, which imports text pasted outside a field.
          handlePaste: () => true,
          handleDrop: () => true,
        },
      }),
    ];
  },
});
