import type { JSONContent } from '@tiptap/core';
import type { Block } from '@common/api/schemas/documents';
import { createOffsetMap, type OffsetMap, type Segment } from './offset-map';

export interface ReaderDoc {
  content: JSONContent;
  map: OffsetMap;
}

const CREDIT_LINE = /(^|\n)\s*photo\s*:/i;

/** Documents without stored blocks read as paragraphs split at blank lines. */
export function paragraphsOf(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) blocks.push({ kind: 'paragraph', level: null, start: m.index + lead, end: m.index + lead + body.length, credit: null });
  }
  return blocks;
}

const textNode = (s: string): JSONContent[] => (s ? [{ type: 'text', text: s }] : []);

/** The heading level in the reader: h1 is the document title, so other headings are h2 to h6. */
const headingLevel = (level: number | null): number => Math.min(6, Math.max(2, level ?? 2));

const sameTitle = (a: string, b: string): boolean => a.normalize('NFC').trim().replace(/\s+/g, ' ') === b.normalize('NFC').trim().replace(/\s+/g, ' ');

/**
 * Whether the text opens with the document's title as a heading. The reader then shows that
 * heading as the page's h1 (it is real, annotatable text) instead of repeating the title above.
 */
export function opensWithTitle(text: string, blocks: readonly Block[], title: string): boolean {
  const first = blocks.reduce<Block | undefined>((a, b) => (!a || b.start < a.start ? b : a), undefined);
  return first?.kind === 'heading' && sameTitle(text.slice(first.start, first.end), title);
}

/**
 * Builds the read-only editor's document from the canonical text and its blocks, and the map
 * between ProseMirror positions and text offsets, in one pass so the two cannot disagree.
 * Positions: a textblock's text starts one past its opening token; a list item's text sits
 * inside bulletList > listItem > paragraph.
 */
export function buildReaderDoc(text: string, stored: readonly Block[], title = ''): ReaderDoc {
  const titleFirst = opensWithTitle(text, stored, title);
  const sorted = (stored.length ? [...stored] : paragraphsOf(text)).sort((a, b) => a.start - b.start);
  // Overlapping ranges cannot both be shown once; keep the first (the import never writes them).
  let lastEnd = 0;
  const blocks = sorted.filter((b) => {
    if (b.end < b.start || b.start < lastEnd) return false;
    lastEnd = b.end;
    return true;
  });
  const nodes: JSONContent[] = [];
  const segments: Segment[] = [];
  let pos = 0;
  let list: JSONContent | null = null;
  let listSize = 0;

  const closeList = (): void => {
    if (!list) return;
    nodes.push(list);
    pos += listSize;
    list = null;
  };

  for (const b of blocks) {
    const s = text.slice(b.start, b.end);
    if (b.kind === 'list_item') {
      if (!list) {
        list = { type: 'bulletList', content: [] };
        listSize = 2;
      }
      // The next item opens at pos + listSize - 1; its paragraph's text is two tokens further in.
      segments.push({ pos: pos + listSize - 1 + 2, start: b.start, end: b.end });
      list.content!.push({ type: 'listItem', content: [{ type: 'paragraph', content: textNode(s) }] });
      listSize += 4 + s.length;
      continue;
    }
    closeList();
    segments.push({ pos: pos + 1, start: b.start, end: b.end });
    if (b.kind === 'heading') {
      const level = titleFirst && nodes.length === 0 ? 1 : headingLevel(b.level);
      nodes.push({ type: 'heading', attrs: { level }, content: textNode(s) });
    }
    else if (b.kind === 'caption') {
      // A caption that is itself the "Photo: X" line already shows its credit.
      const credit = b.credit && !CREDIT_LINE.test(s) ? b.credit : null;
      nodes.push({ type: 'caption', attrs: { credit }, content: textNode(s) });
    } else nodes.push({ type: 'paragraph', content: textNode(s) });
    pos += 2 + s.length;
  }
  closeList();
  if (nodes.length === 0) nodes.push({ type: 'paragraph' });
  return { content: { type: 'doc', content: nodes }, map: createOffsetMap(segments) };
}
