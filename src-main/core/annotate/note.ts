import { docFromText, plainText, serialiseDoc } from '@common/richtext/doc';
import { readRichText } from '../util/rich-text';

// A note is stored twice: the tiptap document (JSON) the editor round-trips, and its plain
// text for search, exports and lists. The plain text is always derived here, never taken
// from the client, so the two cannot disagree. The JSON is stored in its canonical form (the
// one the note editor produces), so opening a note and leaving it changes nothing.

export interface StoredNote {
  note: string;
  noteText: string;
}

const EMPTY: StoredNote = { note: '', noteText: '' };

/** A note from the editor's JSON; an empty note is stored as ''. */
export function noteFromJson(json: string): StoredNote {
  if (!json.trim()) return EMPTY;
  const doc = readRichText(json, 'note');
  const noteText = plainText(doc, { blockSeparator: '\n' });
  return noteText ? { note: serialiseDoc(doc), noteText } : EMPTY;
}

/** A note from plain text (the CLI, scripts): one paragraph per line. */
export function noteFromText(text: string): StoredNote {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  if (lines.every((l) => !l.trim())) return EMPTY;
  const noteText = lines.join('\n');
  return { note: serialiseDoc(docFromText(noteText)), noteText };
}
