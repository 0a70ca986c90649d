import { EditorContent } from '@tiptap/react';
import { memo } from 'react';
import type { DocumentDetail } from '../../../src-main/common/api/schemas/documents';
import './reader.css';
import { useReaderEditor } from './use-reader-editor';

/** The document's canonical text as headings, paragraphs, bullet lists and captions, read-only. */
export const ReaderText = memo(
  function ReaderText({ doc }: { doc: DocumentDetail }) {
    const { editor } = useReaderEditor(doc);
    return <EditorContent editor={editor} />;
  },
  // A metadata edit reloads the document; the text of a version never changes, so keep the editor
  // unless the title changed (it decides whether the text's first heading is the page's h1).
  (a, b) => a.doc.uid === b.doc.uid && a.doc.version === b.doc.version && a.doc.contentHash === b.doc.contentHash && a.doc.title === b.doc.title,
);
