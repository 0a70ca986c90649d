import type { Block } from '../../common/api/schemas/documents';
import type { DocumentMeta } from '../library/documents';

export interface Extracted {
  meta: Partial<DocumentMeta>;
  text: string;
  blocks: Block[];
}

const HEADER_KEYS: Record<string, keyof DocumentMeta> = {
  title: 'title',
  outlet: 'outlet',
  source: 'outlet',
  url: 'url',
  published: 'published',
  date: 'published',
  author: 'author',
  language: 'language',
};

/** A `Key: value` header block at the top of a text file, ended by a blank line. */
export function readHeader(text: string): { meta: Partial<DocumentMeta>; body: string } {
  const lines = text.split('\n');
  const meta: Partial<DocumentMeta> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(lines[i]!.trim());
    const key = m ? HEADER_KEYS[m[1]!.toLowerCase()] : undefined;
    if (!m || !key) break;
    if (m[2]) meta[key] = m[2].trim();
  }
  const ended = i > 0 && (i === lines.length || lines[i]!.trim() === '');
  if (!ended) return { meta: {}, body: text };
  return { meta, body: lines.slice(i).join('\n') };
}

/** Joins block texts with blank lines and records each block's range in the result. */
export function assemble(parts: { kind: Block['kind']; text: string; level?: number | null; credit?: string | null }[]): {
  text: string;
  blocks: Block[];
} {
  let text = '';
  const blocks: Block[] = [];
  for (const part of parts) {
    const t = part.text.trim();
    if (!t) continue;
    if (text) text += '\n\n';
    blocks.push({ kind: part.kind, level: part.level ?? null, start: text.length, end: text.length + t.length, credit: part.credit ?? null });
    text += t;
  }
  return { text, blocks };
}
