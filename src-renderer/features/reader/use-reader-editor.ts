import { useEditor, type Editor } from '@tiptap/react';
import { useMemo } from 'react';
import type { DocumentDetail } from '@common/api/schemas/documents';
import { useReaderSearch } from '../search/find/use-reader-search';
import type { OffsetMap } from './offset-map';
import { buildReaderDoc } from './reader-doc';
import { readerExtensions } from './reader-extensions';

export interface ReaderEditor {
  editor: Editor;
  /** ProseMirror positions ↔ canonical offsets of this document version. */
  map: OffsetMap;
}

/**
 * A read-only editor over one document version. The doc is built once per version; nothing
 * serialises it on transactions, and transactions do not re-render React.
 */
export function useReaderEditor(doc: Pick<DocumentDetail, 'text' | 'blocks' | 'title'>): ReaderEditor {
  const built = useMemo(() => buildReaderDoc(doc.text, doc.blocks, doc.title), [doc.text, doc.blocks, doc.title]);
  const editor = useEditor(
    {
      extensions: readerExtensions,
      content: built.content,
      // Editable for the caret only: ReadOnlyText refuses every change to the text.
      editable: true,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'reader-text',
          'aria-label': 'Document text',
          'aria-readonly': 'true',
          role: 'document',
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
          inputmode: 'none',
        },
      },
    },
    [built],
  );
  // Search results jump here and Ctrl+F finds in here, whichever view draws the editor.
  useReaderSearch(editor, built.map, doc.text);
  return { editor, map: built.map };
}
