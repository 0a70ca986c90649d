// Selections snap to whole words, so a drag that starts or ends inside a word still tags the
// word, and a quote never begins with half a word. Pure and import-free: the renderer uses it
// while the user selects, the core when it creates an annotation.

const WORD = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const SPACE = /\s/u;

/** The code point that ends just before `i` (a whole surrogate pair when there is one). */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** A letter or digit, or an apostrophe between two of them (Türkiye’s, don't). */
function isWordAt(text: string, i: number): boolean {
  const c = charAt(text, i);
  if (WORD.test(c)) return true;
  if (!APOSTROPHES.has(c)) return false;
  return WORD.test(charBefore(text, i)) && WORD.test(charAt(text, i + 1));
}

const isWordBefore = (text: string, i: number): boolean => i > 0 && isWordAt(text, i - charBefore(text, i).length);

/** Moves an offset off the low half of a surrogate pair, so no range splits an emoji. */
function wholeCodePoint(text: string, i: number, forward: boolean): number {
  const c = text.charCodeAt(i);
  const inPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
  return inPair ? (forward ? i + 1 : i - 1) : i;
}

/**
 * Widens [start, end) to whole words and trims white space at both ends. Returns null when
 * nothing but white space is selected. Offsets are UTF-16, as in the database.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = wholeCodePoint(text, Math.max(0, Math.min(start, end)), false);
  let e = wholeCodePoint(text, Math.min(text.length, Math.max(start, end)), true);
  while (s < e && SPACE.test(text.charAt(s))) s++;
  while (e > s && SPACE.test(text.charAt(e - 1))) e--;
  if (s >= e) return null;
  if (isWordAt(text, s)) while (isWordBefore(text, s)) s -= charBefore(text, s).length;
  if (isWordBefore(text, e)) while (e < text.length && isWordAt(text, e)) e += charAt(text, e).length;
  return { start: s, end: e };
}
