// How wrapped lines go back together, for hard-wrapped plain text and for PDF lines alike.

const FINAL_PUNCTUATION = /[.!?:;,…]["'”’»)\]]*$/u;
/** A line that closes a sentence. */
export const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;
/** A line that could open a sentence or a title. */
export const OPENS_SENTENCE = /^["'“‘«([]?[\p{Lu}\p{N}]/u;
const BROKEN_WORD = /\p{Ll}-$/u;
const URL_START = /(?:https?:\/\/|www\.)\S*$/iu;
const URL_PIECE = /^[\w\-./%?=&#~+:]+/u;

/** A short line with no closing punctuation: a title, a heading, a caption. */
export const isShort = (s: string): boolean => s.length <= 120 && s.split(/\s+/).length <= 16 && !FINAL_PUNCTUATION.test(s);

/**
 * Joins a wrapped line onto the text before it: a word hyphenated across the break is mended
 * ("com-" + "ing" = "coming"), and so is a URL broken at the line end ("summit_" + "held_in").
 */
export function joinWrapped(before: string, line: string): string {
  if (BROKEN_WORD.test(before) && /^\p{Ll}/u.test(line)) return before.slice(0, -1) + line;
  const url = URL_START.exec(before)?.[0];
  if (url && URL_PIECE.test(line)) {
    // A URL goes on when it broke after a separator, or when the next line goes on with URL characters only.
    const first = line.split(/\s/, 1)[0]!;
    if (/[_/\-.=&?#%~+]$/.test(url) || (/[_/.=&%]/.test(first) && URL_PIECE.exec(first)![0] === first)) return before + line;
  }
  return `${before} ${line}`;
}
