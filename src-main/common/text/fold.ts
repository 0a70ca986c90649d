// One code point in, one code point out, so folded text keeps the original's offsets
// (UTF-16 and code-point alike) and search hits map straight back for highlighting.
// FTS5's remove_diacritics misses ı, ə and the Kazakh letters (STACK.md §2.3).

const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  ə: 'a',
  Ə: 'a',
  ә: 'а',
  Ә: 'а',
  ғ: 'г',
  Ғ: 'г',
  қ: 'к',
  Қ: 'к',
  ң: 'н',
  Ң: 'н',
  ө: 'о',
  Ө: 'о',
  ұ: 'у',
  Ұ: 'у',
  ү: 'у',
  Ү: 'у',
  һ: 'х',
  Һ: 'х',
  і: 'и',
  І: 'и',
  ё: 'е',
  Ё: 'е',
  ß: 's',
  ẞ: 's',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  æ: 'a',
  Æ: 'a',
  œ: 'o',
  Œ: 'o',
};

const MARKS = /\p{M}/gu;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch.normalize('NFD').replace(MARKS, '');
  const lower = out.toLowerCase();
  // Keep one code point of the same UTF-16 length; otherwise keep the character as it was.
  out = [...lower].length === 1 ? lower : [...out].length === 1 ? out : ch;
  if (out.length !== ch.length) out = ch;
  cache.set(ch, out);
  return out;
}

const UPPER_ASCII = /[A-Z]+/g;
const NON_ASCII = /\P{ASCII}/gu;

/** Fold case and diacritics for search; the result has exactly the input's length. */
export function fold(text: string): string {
  // Runs on every indexed row and every search snippet: ASCII is lowercased in bulk and only
  // the other code points go one by one through foldChar.
  return text.replace(UPPER_ASCII, (run) => run.toLowerCase()).replace(NON_ASCII, foldChar);
}
