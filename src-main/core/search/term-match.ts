import { keyInitials, nameKeys } from '../text/name-key';
import { stems } from '../text/stem';
import type { QueryTerm } from './fts-query';
import type { Token } from './tokens';

// Which words of a text a query's terms match, and how: the same rules as the FTS expression
// (expand.ts), applied word by word to the original text so hits are highlighted in their own
// script and each hit can say why it matched.

export type MatchKind = 'exact' | 'stem' | 'transliteration' | 'alias';
/** Best first: a word matched several ways counts as the best of them. */
export const MATCH_KINDS: readonly MatchKind[] = ['exact', 'stem', 'transliteration', 'alias'];

export interface WordHit {
  start: number;
  end: number;
  term: number;
  how: MatchKind;
}

const UPPER = /\p{Lu}/u;

function exactAt(words: Token[], i: number, t: QueryTerm): number {
  const n = t.tokens.length;
  if (words.length - i < n) return -1;
  for (let j = 0; j < n; j++) {
    const w = words[i + j]!.text;
    const want = t.tokens[j]!;
    if (!(w === want || (t.prefix && j === n - 1 && w.startsWith(want)))) return -1;
  }
  return words[i + n - 1]!.end;
}

/**
 * False when `word` cannot have `want` or one of `stems` as its stem, without stemming it:
 * stemmers (Snowball, the Turkic strippers) rewrite only a word's last letters, so its stem's
 * beginning is the word's. Snippets test every word of a hit; most are passed over here.
 * Arabic's stemmer also removes prefixes (al-, wa-): its words are always stemmed.
 */
function mayStemTo(word: string, want: string, stems: string[], lang: string | null): boolean {
  if (lang === 'ar') return true;
  const starts = (s: string): boolean => word.startsWith(s.slice(0, Math.max(1, s.length - 2)));
  return starts(want) || stems.some(starts);
}

/** How one word matches a single-word term through its stem or name key, if it does. */
function formAt(word: Token, original: string, t: QueryTerm, lang: string | null): 'stem' | 'transliteration' | null {
  const e = t.expansion;
  if (!e || t.tokens.length !== 1) return null;
  const want = t.tokens[0]!;
  if (mayStemTo(word.text, want, e.stems, lang) && stems(lang, word.text).some((s) => s === want || e.stems.includes(s))) return 'stem';
  if (e.keys.length && UPPER.test(original[word.start]!)) {
    const name = original.slice(word.start, word.end);
    // A key starts with the key of the name's first letters: other names are not keyed.
    const initials = keyInitials(name);
    if (e.keys.some((k) => initials.includes(k[0]!)) && nameKeys(lang, name).some((k) => e.keys.includes(k))) return 'transliteration';
  }
  return null;
}

function matchAt(words: Token[], i: number, original: string, t: QueryTerm, lang: string | null): { end: number; how: MatchKind } | null {
  const end = exactAt(words, i, t);
  if (end >= 0) return { end, how: 'exact' };
  const form = formAt(words[i]!, original, t, lang);
  if (form) return { end: words[i]!.end, how: form };
  for (const a of t.expansion?.aliases ?? []) {
    const aliasEnd = exactAt(words, i, a);
    if (aliasEnd >= 0 || formAt(words[i]!, original, a, lang)) return { end: aliasEnd >= 0 ? aliasEnd : words[i]!.end, how: 'alias' };
  }
  return null;
}

/** Every hit of the terms in a text; `words` are the folded text's tokens (same offsets as `original`). */
export function wordHits(original: string, words: Token[], terms: QueryTerm[], lang: string | null): WordHit[] {
  const hits: WordHit[] = [];
  for (let i = 0; i < words.length; i++) {
    terms.forEach((t, term) => {
      const m = matchAt(words, i, original, t, lang);
      if (m) hits.push({ start: words[i]!.start, end: m.end, term, how: m.how });
    });
  }
  return hits;
}
