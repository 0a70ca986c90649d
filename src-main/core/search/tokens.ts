// Word tokens as FTS5's unicode61 tokenizer sees them: runs of letters, digits, private-use
// characters (and marks, which fold() has mostly removed). Everything else separates words.
export const WORD_SOURCE = '[\\p{L}\\p{N}\\p{Co}\\p{M}]+';
const WORD = new RegExp(WORD_SOURCE, 'gu');

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The words of a (folded) text with their UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const WORD_END = /[\p{L}\p{N}\p{Co}\p{M}]$/u;
const STEP = new RegExp(WORD.source, 'gu');

/** True when `at` starts a word: no word character ends just before it. */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !WORD_END.test(text.slice(Math.max(0, at - 2), at));
}

/** The `n` words from a word start `at` on (fewer at the end of the text). */
export function wordsFrom(text: string, at: number, n: number): Token[] {
  STEP.lastIndex = at;
  const out: Token[] = [];
  for (let m = STEP.exec(text); m && out.length < n; m = out.length < n ? STEP.exec(text) : null) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
