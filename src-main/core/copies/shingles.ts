import { fold } from '@common/text/fold';

// Word shingles for text-reuse detection (Broder's shingling, winnowed as in MOSS: Schleimer,
// Wilkerson and Aiken 2003). Words are folded first, so "Əliyev" and "Aliyev" or a changed
// letter case never break a shared run.

/** Words per shingle: long enough that a shared shingle is rarely a stock phrase. */
export const SHINGLE_WORDS = 8;
/**
 * Winnowing window (in shingles): a shared run of SHINGLE_WORDS + WINDOW - 1 (18) words always
 * shares a fingerprint, and one of 30 words two (a candidate needs two). About 2 / (WINDOW + 1)
 * of the shingles are stored: fewer postings are what keep detection cheap at import.
 */
export const WINDOW = 11;
/** Longer texts are compared on their first this many words (a 20 MB PDF stays affordable). */
export const MAX_WORDS = 30_000;

/** A text's words: folded hash and UTF-16 range of each. */
export interface Words {
  hashes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

// Whether each BMP code unit is a letter, mark or digit (1) or not (2); 0 = not yet known.
// A table and one pass beat a Unicode regex several times over (this runs on every import).
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER = /[\p{L}\p{M}\p{N}]/u;
function isWordUnit(c: number): boolean {
  let k = WORD_UNIT[c]!;
  if (k === 0) WORD_UNIT[c] = k = c >= 0xd800 && c <= 0xdfff ? 1 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export function words(text: string): Words {
  const folded = fold(text);
  const n = folded.length;
  // At most one word per two code units.
  const cap = Math.min(MAX_WORDS, (n >> 1) + 1);
  const hashes = new Int32Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n && count < cap) {
    while (i < n && !isWordUnit(folded.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    // FNV-1a over the UTF-16 units of the folded word.
    let h = 0x811c9dc5;
    for (let c = folded.charCodeAt(i); i < n && isWordUnit(c); c = folded.charCodeAt(++i)) h = Math.imul(h ^ c, 0x01000193);
    hashes[count] = h | 0;
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { hashes: hashes.subarray(0, count), starts: starts.subarray(0, count), ends: ends.subarray(0, count), length: count };
}

/** Hash of every SHINGLE_WORDS-word shingle, by its first word's index. */
export function shingles(w: Words): Int32Array {
  const n = Math.max(0, w.length - SHINGLE_WORDS + 1);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = (Math.imul(h, 0x9e3779b1) + w.hashes[i + k]!) | 0;
    out[i] = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ (h >>> 13);
  }
  return out;
}

/** Winnowed fingerprints: the rightmost minimum of every WINDOW consecutive shingles, each hash once. */
export function fingerprints(sh: Int32Array): number[] {
  const picked = new Set<number>();
  if (sh.length === 0) return [];
  if (sh.length <= WINDOW) {
    let min = sh[0]!;
    for (const h of sh) if (h <= min) min = h;
    return [min];
  }
  let minAt = -1;
  for (let end = WINDOW - 1; end < sh.length; end++) {
    const start = end - WINDOW + 1;
    if (minAt < start) {
      minAt = start;
      for (let i = start + 1; i <= end; i++) if (sh[i]! <= sh[minAt]!) minAt = i;
    } else if (sh[end]! <= sh[minAt]!) minAt = end;
    picked.add(sh[minAt]!);
  }
  return [...picked];
}
