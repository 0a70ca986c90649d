import { DossierError } from '../errors';

// A note is stored twice: the tiptap document (JSON) the editor round-trips, and its plain
// text for search, exports and lists. The plain text is always derived here, never taken
// from the client, so the two cannot disagree.

interface TiptapNode {
  type?: unknown;
  text?: unknown;
  content?: unknown;
}

const BLOCK_SEPARATOR = '\n';

function textOf(node: TiptapNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return '\n';
  if (!Array.isArray(node.content)) return '';
  const parts = (node.content as TiptapNode[]).filter((c) => c && typeof c === 'object').map(textOf);
  const inline = (node.content as TiptapNode[]).every((c) => c?.type === 'text' || c?.type === 'hardBreak');
  return parts.join(inline ? '' : BLOCK_SEPARATOR);
}

function parseDoc(json: string): TiptapNode {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new DossierError('invalid-input', 'the note is not valid JSON');
  }
  if (!doc || typeof doc !== 'object' || (doc as TiptapNode).type !== 'doc') {
    throw new DossierError('invalid-input', 'the note must be a tiptap document ({"type":"doc",...})');
  }
  return doc as TiptapNode;
}

export interface StoredNote {
  note: string;
  noteText: string;
}

/** A note from the editor's JSON; an empty note is stored as ''. */
export function noteFromJson(json: string): StoredNote {
  if (!json.trim()) return { note: '', noteText: '' };
  const doc = parseDoc(json);
  const noteText = textOf(doc).trim();
  return noteText ? { note: JSON.stringify(doc), noteText } : { note: '', noteText: '' };
}

/** A note from plain text (the CLI, scripts): one paragraph per line. */
export function noteFromText(text: string): StoredNote {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  if (lines.every((l) => !l.trim())) return { note: '', noteText: '' };
  const doc = {
    type: 'doc',
    content: lines.map((l) => (l ? { type: 'paragraph', content: [{ type: 'text', text: l }] } : { type: 'paragraph' })),
  };
  return { note: JSON.stringify(doc), noteText: lines.join('\n') };
}
