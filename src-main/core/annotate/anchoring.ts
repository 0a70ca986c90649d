import approxSearch from 'approx-string-match';
import { snapToWords } from '@common/text/snap-words';

// W3C text-quote anchoring as Hypothesis does it (DESIGN §5): an annotation keeps its quote
// with 32 characters of context on each side, and when the text changes, a candidate place
// scores on the quote first, its context next and its nearness to the old place last.
//
// Status rules (what the analyst sees):
// - exact:      the quote is found word for word (white space aside) and at least one side of
//               its context still matches, wherever it now is (a sentence inserted before it
//               only moves it).
// - reanchored: the quote was found only approximately (its words changed), or word for word
//               but with none of its context: attached, but worth a look.
// - orphaned:   no place is good enough; offsets and quote stay as they were, never deleted.

export const CONTEXT_CHARS = 32;
/** A fuzzy match must keep at least this share of the quote (Myers edit distance)... */
export const FUZZY_MIN_SIMILARITY = 0.7;
/** ...or this share when it sits between the same neighbours (both sides of its context confirm). */
export const FUZZY_MIN_IN_PLACE = 0.6;
/** One side of the context must be at least this similar to confirm a place. */
export const CONTEXT_CONFIRMS = 0.5;
/** Shorter quotes are only re-attached where their context confirms them. */
export const LONG_QUOTE = 20;
const MAX_CANDIDATES = 1000;
/** How far from the old place (UTF-16 units, plus twice the quote) the first fuzzy search looks. */
const NEAR_WINDOW = 4096;
/** How far a fuzzy match's edge may be from where its old context now sits. */
const EDGE_SLACK = 32;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Anchor extends QuoteSelector {
  start: number;
  end: number;
}

export type AnchorStatus = 'exact' | 'reanchored' | 'orphaned';
export interface AnchorResult extends Anchor {
  status: AnchorStatus;
}

/** UTF-16 index `count` code points before `i` (or 0), never inside a surrogate pair. */
function backCodePoints(text: string, i: number, count: number): number {
  let j = i;
  for (let n = 0; n < count && j > 0; n++) {
    const lo = text.charCodeAt(j - 1);
    j -= lo >= 0xdc00 && lo <= 0xdfff && j >= 2 && text.charCodeAt(j - 2) >= 0xd800 && text.charCodeAt(j - 2) <= 0xdbff ? 2 : 1;
  }
  return j;
}

function forwardCodePoints(text: string, i: number, count: number): number {
  let j = i;
  for (let n = 0; n < count && j < text.length; n++) {
    const hi = text.charCodeAt(j);
    j += hi >= 0xd800 && hi <= 0xdbff && j + 1 < text.length ? 2 : 1;
  }
  return j;
}

/** The quote at [start, end) of `text` with 32 code points of context each side. */
export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(backCodePoints(text, start, CONTEXT_CHARS), start),
    suffix: text.slice(end, forwardCodePoints(text, end, CONTEXT_CHARS)),
  };
}

/** Levenshtein distance; used on 32-character context strings only, so O(n·m) is fine. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = new Uint32Array(b.length + 1).map((_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
  verbatim: boolean;
}

interface Scored extends Candidate {
  prefix: number;
  suffix: number;
  score: number;
}

type Context = { prefix: number; suffix: number };

/** How well the old context fits right around a candidate; an empty old side means "at the edge". */
function contextScores(text: string, old: Anchor, c: Candidate): Context {
  const prefix = old.prefix ? similarity(old.prefix, text.slice(Math.max(0, c.start - old.prefix.length), c.start)) : c.start === 0 ? 1 : 0;
  const suffix = old.suffix ? similarity(old.suffix, text.slice(c.end, c.end + old.suffix.length)) : c.end === text.length ? 1 : 0;
  return { prefix, suffix };
}

/** Where `pattern` best matches text[from, to) (approximately), and how well. */
function bestFit(text: string, pattern: string, from: number, to: number, near: (m: { start: number; end: number }) => number) {
  const hits = approxSearch(text.slice(Math.max(0, from), Math.min(text.length, to)), pattern, pattern.length);
  if (hits.length === 0) return undefined;
  const base = Math.max(0, from);
  const best = hits.reduce((a, b) => (near({ start: b.start + base, end: b.end + base }) < near({ start: a.start + base, end: a.end + base }) ? b : a));
  return { sim: 1 - best.errors / pattern.length, start: best.start + base, end: best.end + base };
}

/**
 * A fuzzy match's edges are only approximate: look for the old context a little around them,
 * and where it is found, the passage is what lies between it (the reworded sentence whole).
 */
function fitToContext(text: string, old: Anchor, c: Candidate): Candidate & Context {
  const ctx = contextScores(text, old, c);
  let { start, end } = c;
  if (old.prefix) {
    const fit = bestFit(text, old.prefix, c.start - old.prefix.length - EDGE_SLACK, c.start + EDGE_SLACK, (m) => Math.abs(m.end - c.start));
    if (fit && fit.sim > ctx.prefix) [ctx.prefix, start] = [fit.sim, fit.sim >= CONTEXT_CONFIRMS ? fit.end : start];
  }
  if (old.suffix) {
    const fit = bestFit(text, old.suffix, c.end - EDGE_SLACK, c.end + old.suffix.length + EDGE_SLACK, (m) => Math.abs(m.start - c.end));
    if (fit && fit.sim > ctx.suffix) [ctx.suffix, end] = [fit.sim, fit.sim >= CONTEXT_CONFIRMS ? fit.start : end];
  }
  const span = start < end ? trimSpace(text, start, end) : undefined;
  return span ? { ...c, ...span, ...ctx } : { ...c, ...contextScores(text, old, c) };
}

function trimSpace(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let [s, e] = [start, end];
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}

function score(text: string, old: Anchor, c: Candidate, ctx: Context = contextScores(text, old, c)): Scored {
  const position = Math.max(0, 1 - Math.abs(c.start - old.start) / Math.max(text.length, 1));
  const total = WEIGHTS.quote * c.quote + WEIGHTS.prefix * ctx.prefix + WEIGHTS.suffix * ctx.suffix + WEIGHTS.position * position;
  return { ...c, ...ctx, score: total };
}

function verbatimCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1 && out.length < MAX_CANDIDATES; i = text.indexOf(exact, i + 1)) {
    out.push({ start: i, end: i + exact.length, quote: 1, verbatim: true });
  }
  return out;
}

const collapseSpace = (s: string): string => s.replace(/\s+/gu, ' ').trim();

const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** text[from, to) with the verbatim places blanked out, so the approximate search looks past them. */
function masked(text: string, from: number, to: number, verbatim: Candidate[]): string {
  let out = '';
  let at = from;
  for (const v of verbatim) {
    if (v.end <= at || v.start >= to) continue;
    const s = Math.max(v.start, at);
    const e = Math.min(v.end, to);
    out += text.slice(at, s) + '\u0000'.repeat(e - s);
    at = e;
  }
  return out + text.slice(at, to);
}

/** Approximate matches of the quote within text[from, to) (Myers' bit-parallel search). */
function fuzzyCandidates(text: string, old: Anchor, verbatim: Candidate[], from = 0, to = text.length): Candidate[] {
  const maxErrors = Math.floor(old.exact.length * (1 - FUZZY_MIN_IN_PLACE));
  if (maxErrors < 1) return [];
  // A quote that began and ended on word boundaries is re-attached to whole words too.
  const wordAligned =
    !(isWordChar(old.exact.charAt(0)) && isWordChar(old.prefix.slice(-1))) &&
    !(isWordChar(old.exact.slice(-1)) && isWordChar(old.suffix.charAt(0)));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const m of approxSearch(masked(text, from, to, verbatim), old.exact, maxErrors)) {
    const raw = { start: m.start + from, end: m.end + from };
    const span = wordAligned ? snapToWords(text, raw.start, raw.end) : raw;
    if (!span || seen.has(`${span.start}:${span.end}`)) continue;
    seen.add(`${span.start}:${span.end}`);
    out.push({ ...span, quote: 1 - m.errors / old.exact.length, verbatim: false });
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

const confirmed = (c: Scored): boolean => Math.max(c.prefix, c.suffix) >= CONTEXT_CONFIRMS;

function acceptable(c: Scored, quoteLength: number): boolean {
  const inPlace = c.prefix >= CONTEXT_CONFIRMS && c.suffix >= CONTEXT_CONFIRMS;
  if (!c.verbatim && c.quote < FUZZY_MIN_SIMILARITY) return inPlace && c.quote >= FUZZY_MIN_IN_PLACE;
  return confirmed(c) || quoteLength >= LONG_QUOTE;
}

/**
 * Places an anchor made on an older text in `text`. Pure: the caller stores the result.
 * An orphaned result keeps the old offsets and quote.
 */
export function reanchor(text: string, old: Anchor): AnchorResult {
  if (!old.exact) return { ...old, status: 'orphaned' };
  const same = quoteSelector(text, old.start, old.end);
  if (same.exact === old.exact && same.prefix === old.prefix && same.suffix === old.suffix) return { ...old, status: 'exact' };

  const verbatim = verbatimCandidates(text, old.exact);
  const scored = verbatim.map((c) => score(text, old, c));
  if (!scored.some(confirmed)) {
    // Near the old place first (most edits are local); the whole text only when that finds
    // nothing its context confirms.
    const reach = NEAR_WINDOW + 2 * old.exact.length;
    const near = fuzzyCandidates(text, old, verbatim, Math.max(0, old.start - reach), Math.min(text.length, old.end + reach));
    const fitted = (c: Candidate) => {
      const f = fitToContext(text, old, c);
      return score(text, old, f, f);
    };
    const nearScored = near.map(fitted);
    const found = nearScored.some((c) => confirmed(c) && acceptable(c, old.exact.length));
    scored.push(...(found ? nearScored : fuzzyCandidates(text, old, verbatim).map(fitted)));
  }
  const best = scored.filter((c) => acceptable(c, old.exact.length)).sort((a, b) => b.score - a.score)[0];
  if (!best) return { ...old, status: 'orphaned' };
  const selector = quoteSelector(text, best.start, best.end);
  // Only the spacing changed (a re-scrape joined two lines): still the same words.
  const sameWords = best.verbatim || collapseSpace(selector.exact) === collapseSpace(old.exact);
  return { start: best.start, end: best.end, ...selector, status: sameWords && confirmed(best) ? 'exact' : 'reanchored' };
}
