import { fold } from '@common/text/fold';
import type { QueryTerm } from './fts-query';
import { tokenize } from './tokens';
import { MATCH_KINDS, wordHits, type MatchKind } from './term-match';

// Hits are found in the folded text, which has the original's UTF-16 offsets (fold() maps one
// code point to one of the same length), so ranges apply unchanged to the original text.
// FTS5's snippet() cannot serve here: the index is contentless and holds no text.

export type Range = [number, number];

export interface Snippet {
  text: string;
  /** Hit ranges [start, end) in `text`, UTF-16 code units, sorted, not overlapping. */
  highlights: Range[];
  /** Where `text` starts in the field it was cut from. */
  start: number;
  truncatedStart: boolean;
  truncatedEnd: boolean;
  /** How the field's hits matched (exact, stem, transliteration, alias), best first. */
  how: MatchKind[];
}

export const SNIPPET_CHARS = 200;
const LEAD = 50;

interface Hit {
  start: number;
  end: number;
  term: number;
  how: MatchKind;
}

// A hit's field is searched up to three times in a row (does it hold a hit, its snippet, its
// title highlights: a claim's statement is all three), so the last answer is kept.
let last: { text: string; terms: QueryTerm[]; lang: string | null; hits: Hit[] } | null = null;

function findHits(text: string, terms: QueryTerm[], lang: string | null): Hit[] {
  if (terms.length === 0 || text === '') return [];
  if (last && last.terms === terms && last.text === text && last.lang === lang) return last.hits;
  const hits = wordHits(text, tokenize(fold(text)), terms, lang);
  last = { text, terms, lang, hits };
  return hits;
}

/** The kinds of match among hits, best first. */
export const kindsOf = (hits: { how: MatchKind }[]): MatchKind[] => MATCH_KINDS.filter((k) => hits.some((h) => h.how === k));

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Every hit of the terms in a whole text (for short fields such as titles), and how they matched. */
export function highlightAll(text: string, terms: QueryTerm[], lang: string | null = null): { ranges: Range[]; how: MatchKind[] } {
  const hits = findHits(text, terms, lang);
  return { ranges: merge(hits.map((h) => [h.start, h.end])), how: kindsOf(hits) };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The window start that shows the most different terms (the earliest among equals). */
function bestStart(hits: Hit[]): number {
  let best = 0;
  let bestScore = -1;
  for (const h of hits) {
    const start = Math.max(0, h.start - LEAD);
    const seen = new Set(hits.filter((o) => o.start >= start && o.end <= start + SNIPPET_CHARS).map((o) => o.term));
    if (seen.size > bestScore) {
      best = start;
      bestScore = seen.size;
    }
  }
  return best;
}

/** About SNIPPET_CHARS of `text` around its best cluster of hits, cut at word boundaries. */
export function makeSnippet(text: string, terms: QueryTerm[], lang: string | null = null, chars = SNIPPET_CHARS): Snippet {
  const hits = findHits(text, terms, lang);
  let start = hits.length ? bestStart(hits) : 0;
  const firstHit = hits.find((h) => h.start >= start)?.start ?? start;
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 20) start = space + 1;
    else if (isLow(text.charCodeAt(start))) start--;
  }
  let end = Math.min(text.length, start + chars);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > firstHit && end - space < 30) end = space;
    else if (isHigh(text.charCodeAt(end - 1))) end++;
  }
  const highlights = merge(
    hits.filter((h) => h.start >= start && h.end <= end).map((h): Range => [h.start - start, h.end - start]),
  );
  return { text: text.slice(start, end), highlights, start, truncatedStart: start > 0, truncatedEnd: end < text.length, how: kindsOf(hits) };
}

/** True when a text contains at least one hit. */
export const hasHit = (text: string, terms: QueryTerm[], lang: string | null = null): boolean => findHits(text, terms, lang).length > 0;
