// Word tokens as FTS5's unicode61 tokenizer sees them: runs of letters, digits, private-use
// characters (and marks, which fold() has mostly removed). Everything else separates words.
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

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
