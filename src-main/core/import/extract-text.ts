import type { Block } from '@common/api/schemas/documents';
import type { DocumentMeta } from '../library/documents';
import { structureText } from './clean-scraped';

export interface Extracted {
  meta: Partial<DocumentMeta>;
  text: string;
  blocks: Block[];
}

/** One block before assembly: its kind and text (ranges are computed by assemble). */
export interface Part {
  kind: Block['kind'];
  text: string;
  level?: number | null;
  credit?: string | null;
}

const HEADER_KEYS: Record<string, Exclude<keyof DocumentMeta, 'authorKind' | 'dateline'>> = {
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

/**
 * Joins block texts (in NFC) with blank lines and records each block's range in the result,
 * so the ranges are over the canonical text exactly as stored.
 */
export function assemble(parts: Part[]): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const part of parts) {
    const t = part.text.normalize('NFC').trim();
    if (!t) continue;
    if (text) text += '\n\n';
    blocks.push({ kind: part.kind, level: part.level ?? null, start: text.length, end: text.length + t.length, credit: part.credit ?? null });
    text += t;
  }
  return { text, blocks };
}

/** A .txt or .md file: optional header block, then scraped text or Markdown made into blocks. */
export function extractPlain(raw: string, markdown: boolean): Extracted {
  const { meta, body } = readHeader(raw.normalize('NFC').replace(/\r\n?/g, '\n'));
  const { title, parts } = structureText(body, { markdown, title: meta.title });
  return { meta: { ...meta, title: meta.title ?? title }, ...assemble(parts) };
}
