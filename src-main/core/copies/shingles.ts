import { fold } from '@common/text/fold';

// Word shingles for text-reuse detection (Broder's shingling, winnowed as in MOSS: Schleimer,
// Wilkerson and Aiken 2003). Words are folded first, so "Əliyev" and "Aliyev" or a changed
// letter case never break a shared run.

/** Words per shingle: long enough that a shared shingle is rarely a stock phrase. */
export const SHINGLE_WORDS = 8;
/** Winnowing window (in shingles): a shared run of SHINGLE_WORDS + WINDOW - 1 words always shares a fingerprint. */
export const WINDOW = 8;
/** Longer texts are compared on their first this many words (a 20 MB PDF stays affordable). */
export const MAX_WORDS = 30_000;

/** A text's words: folded hash and UTF-16 range of each. */
export interface Words {
  hashes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): Words {
  const folded = fold(text);
  const hashes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m && hashes.length < MAX_WORDS; m = WORD.exec(folded)) {
    const w = m[0];
    // FNV-1a over the UTF-16 units of the folded word.
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    hashes.push(h | 0);
    starts.push(m.index);
    ends.push(m.index + w.length);
  }
  return { hashes: Int32Array.from(hashes), starts: Int32Array.from(starts), ends: Int32Array.from(ends), length: hashes.length };
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
