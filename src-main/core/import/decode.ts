import chardet from 'chardet';
import { DossierError } from '../errors';

// Text files arrive as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its
// zero bytes say so), or in the legacy code pages of the region: windows-1254 (Turkish),
// windows-1251 and KOI8-R (Cyrillic); windows-1252 is the Latin fallback. chardet proposes, and a plausibility check on the decoded letters decides,
// because chardet alone is unreliable on short texts.

const fail = (message: string): DossierError => new DossierError('import-failed', message);

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['PDF file', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['executable', [0x4d, 0x5a]],
];

/** Refuses bytes that are not text at all, naming what they look like. */
export function assertNotBinary(bytes: Uint8Array): void {
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw fail(`this is a binary file (${what}), not text`);
  }
  if (bytes.includes(0)) throw fail('this is a binary file (it contains NUL bytes), not text');
}

type Legacy = 'windows-1254' | 'windows-1251' | 'windows-1252' | 'koi8-r';

/** chardet's names for what each supported code page decodes (ISO-8859-9 is a subset of 1254). */
const CHARDET_NAMES: Record<string, Legacy> = {
  'windows-1254': 'windows-1254',
  'ISO-8859-9': 'windows-1254',
  'windows-1251': 'windows-1251',
  'ISO-8859-5': 'windows-1251',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
  'KOI8-R': 'koi8-r',
};

// Bytes where windows-1254 has Turkish letters and windows-1252 has Icelandic ones (Ğ İ Ş ğ ı ş).
const TURKISH_BYTES = new Set([0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe]);

// Control characters never occur in real text; in a decoded guess they mean the guess is wrong.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/u;
const WORD = /\p{L}+/gu;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/gu;
const TYPOGRAPHY = /[\u00a0\u00ab\u00bb\u00b0\u00a9\u00ae\u00a7\u00b7\u2010-\u2027\u2030-\u203a\u20ac\u2116\u2122]/u;

/** A word cased as people write: "word", "Word", "WORD" (not "wORD": KOI8-R read as windows-1251). */
const NATURAL_CASE = /^(?:\p{Lu}?[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]+)$/u;

/**
 * How much the decoded text reads like words of one script: 0 when it cannot be right.
 * Cyrillic read as Latin-1 gives words made only of accented letters ("Êàçàõñòàí"), Turkish
 * read as Cyrillic gives words mixing scripts ("iюbirliрi"), KOI8-R read as windows-1251 gives
 * words cased backwards ("рТЕЪЙДЕОФ"); all score low.
 */
function plausibility(text: string): number {
  if (CONTROL.test(text)) return 0;
  const nonAscii = text.match(NON_ASCII) ?? [];
  if (nonAscii.length === 0) return 1;
  const odd = nonAscii.filter((c) => !/\p{L}/u.test(c) && !TYPOGRAPHY.test(c)).length;
  if (odd / nonAscii.length > 0.15) return 0;
  let good = 0;
  let judged = 0;
  for (const word of text.match(WORD) ?? []) {
    const high = word.match(NON_ASCII)?.length ?? 0;
    if (high === 0) continue;
    judged++;
    const cyrillic = (word.match(/\p{Script=Cyrillic}/gu) ?? []).length;
    if (!NATURAL_CASE.test(word)) continue;
    if (cyrillic === word.length) good++;
    else if (cyrillic === 0 && high <= word.length / 2) good++;
  }
  return judged === 0 ? 1 - odd / nonAscii.length : good / judged;
}

function decodeLegacy(bytes: Uint8Array): string | undefined {
  const proposed: Legacy[] = [];
  for (const m of chardet.analyse(bytes)) {
    const name = CHARDET_NAMES[m.name];
    if (name && m.confidence >= 5 && !proposed.includes(name)) proposed.push(name);
  }
  for (const fallback of ['windows-1254', 'windows-1251', 'koi8-r'] as const) if (!proposed.includes(fallback)) proposed.push(fallback);
  let best: { text: string; score: number } | undefined;
  for (const encoding of proposed) {
    // 1254 and 1252 agree except on six letters: only Turkish bytes make 1254 the better reading.
    if (encoding === 'windows-1252' && bytes.some((b) => TURKISH_BYTES.has(b))) continue;
    const text = new TextDecoder(encoding).decode(bytes);
    const score = plausibility(text);
    if (score >= 0.9 && (!best || score > best.score)) best = { text, score };
  }
  return best?.text;
}

/**
 * UTF-16 without a byte-order mark: ASCII characters (spaces, punctuation, Latin letters) put
 * a zero in every other byte, on one side only. The decoded text must also read as text.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  const order = oddZeros >= pairs * 0.1 && evenZeros <= pairs * 0.02 ? 'utf-16le' : evenZeros >= pairs * 0.1 && oddZeros <= pairs * 0.02 ? 'utf-16be' : undefined;
  if (!order) return undefined;
  try {
    const text = new TextDecoder(order, { fatal: true }).decode(bytes);
    return plausibility(text) >= 0.9 ? text : undefined;
  } catch {
    return undefined; // unpaired surrogates: not UTF-16 after all
  }
}

/**
 * Decodes the bytes of a text file. Throws a clear reason for an empty or binary file and for
 * bytes that are neither UTF-8 nor a detectable legacy encoding.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw fail('the file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = bytes.includes(0) ? decodeUtf16WithoutBom(bytes) : undefined;
  if (utf16 !== undefined) return utf16;
  assertNotBinary(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: try the legacy code pages below
  }
  const text = decodeLegacy(bytes);
  if (text === undefined) {
    const guess = chardet.detect(bytes);
    const hint = guess && !CHARDET_NAMES[guess] ? ` (it may be ${guess}, which is not supported)` : '';
    throw fail(`the text is not valid UTF-8 and its encoding could not be detected${hint}`);
  }
  return text;
}
