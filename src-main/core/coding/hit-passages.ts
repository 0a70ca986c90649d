import type { SearchSpec, Spread } from '@common/api/schemas/coding';
import type { SearchHit } from '@common/api/schemas/search';
import { blocksOf, currentVersion, documentRow } from '../library/documents';
import { search } from '../search/search';
import type { Project } from '../session';

// The passages a search's hits stand for: each document-text hit widened to its sentence or
// its paragraph, each range once. Hits come from the public search function, page by page.

/** One tagging takes at most this many hits; the preview says when a search has more. */
export const MAX_TAGGED_HITS = 10_000;
const PAGE = 500;

export interface HitPassage {
  documentId: number;
  documentUid: string;
  documentTitle: string;
  start: number;
  end: number;
  exact: string;
}

function passageHits(p: Project, spec: SearchSpec): { hits: SearchHit[]; capped: boolean } {
  const hits: SearchHit[] = [];
  for (let offset = 0; ; offset += PAGE) {
    // 'document' covers titles and passages; only passages are document text to tag.
    const page = search(p, { expand: true, ...spec, kinds: ['document'], mode: 'fast', limit: PAGE, offset });
    hits.push(...page.hits.filter((h) => h.kind === 'passage' && h.documentUid !== null && h.offset !== null && h.highlights.length > 0));
    if (!page.hasMore) return { hits, capped: false };
    if (offset + PAGE >= MAX_TAGGED_HITS) return { hits, capped: true };
  }
}

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s|$)/g;

/** The sentence of `text` (within [from, to)) around [start, end). */
export function sentenceAround(text: string, from: number, to: number, start: number, end: number): [number, number] {
  let s = from;
  let e = to;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= start) s = after;
    else if (after >= end) {
      e = Math.min(after, to);
      break;
    }
  }
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** The passages of a search's hits, in hit order, each range once. */
export function hitPassages(p: Project, spec: SearchSpec, spread: Spread): { passages: HitPassage[]; capped: boolean } {
  const { hits, capped } = passageHits(p, spec);
  const docs = new Map<string, { id: number; uid: string; title: string; text: string; blocks: { start: number; end: number }[] }>();
  const seen = new Set<string>();
  const passages: HitPassage[] = [];
  for (const hit of hits) {
    let doc = docs.get(hit.documentUid!);
    if (!doc) {
      const row = documentRow(p, hit.documentUid!);
      const v = currentVersion(p, row.id);
      doc = { id: row.id, uid: row.uid, title: row.title, text: v.text, blocks: blocksOf(p, v.id) };
      docs.set(row.uid, doc);
    }
    for (const [a, b] of hit.highlights) {
      const start = hit.offset! + a;
      const end = hit.offset! + b;
      const block = doc.blocks.find((x) => x.start <= start && start < x.end) ?? { start, end };
      const [s, e] = spread === 'paragraph' ? [block.start, block.end] : sentenceAround(doc.text, block.start, block.end, start, end);
      const key = `${doc.id}:${s}:${e}`;
      if (e <= s || seen.has(key)) continue;
      seen.add(key);
      passages.push({ documentId: doc.id, documentUid: doc.uid, documentTitle: doc.title, start: s, end: e, exact: doc.text.slice(s, e) });
    }
  }
  return { passages, capped };
}
