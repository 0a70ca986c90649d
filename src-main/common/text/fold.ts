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

// Folded UTF-16 code unit of each BMP code unit, filled on first use (0 = not yet known); code
// points outside the BMP (surrogate pairs) go through foldChar and its cache.
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) TABLE[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function foldUnit(c: number): number {
  let f = TABLE[c]!;
  if (f === 0 && c !== 0) TABLE[c] = f = foldChar(String.fromCharCode(c)).charCodeAt(0);
  return f;
}

// TextDecoder is global in Node and every browser, but this layer compiles without DOM or Node
// types, so it is typed here. ignoreBOM keeps a leading U+FEFF, which the decoder would drop.
type Utf16Decoder = new (label: 'utf-16le', options: { ignoreBOM: boolean }) => { decode(units: Uint16Array): string };
const UTF16 = new (globalThis as unknown as { TextDecoder: Utf16Decoder }).TextDecoder('utf-16le', { ignoreBOM: true });

/** Fold case and diacritics for search; the result has exactly the input's length. */
export function fold(text: string): string {
  // Runs on every indexed row and every search snippet: one pass over the code units with a
  // lookup table, and text that folds to itself is returned as it is.
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) || isLow(c) || foldUnit(c) !== c) break;
  }
  if (i === n) return text;
  const out = new Uint16Array(n);
  for (let j = 0; j < i; j++) out[j] = text.charCodeAt(j);
  let lone = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < n && isLow(text.charCodeAt(i + 1))) {
      const f = foldChar(text.slice(i, i + 2));
      out[i] = f.charCodeAt(0);
      out[i + 1] = f.charCodeAt(1);
      i++;
    } else {
      out[i] = foldUnit(c);
      lone ||= isHigh(c) || isLow(c);
    }
  }
  // The decoder would turn a lone surrogate into U+FFFD; such text is rare and built char by char.
  return lone ? Array.from(out, (c) => String.fromCharCode(c)).join('') : UTF16.decode(out);
}
