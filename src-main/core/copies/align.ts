import { SHINGLE_WORDS, type Words } from './shingles';

// Passage alignment of two texts: exact runs seeded by shared shingles and extended word by
// word, then chained into passages across small edits (a changed number, a name, a dropped
// clause), so a near-verbatim reprint reads as one passage instead of broken pieces.

/** Words two runs may leave between them, in each text, and still be one passage. */
const MAX_GAP = 10;
/** A shingle that occurs more often than this in the other text is boilerplate: not a seed. */
const MAX_SEED_REPEATS = 4;

export interface Run {
  a: number;
  b: number;
  words: number;
}

/** One shared passage: UTF-16 ranges in both texts, with its shared words and longest exact run. */
export interface Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  words: number;
  longestRun: number;
}

/** Where each shingle of a text occurs: the last position in `last`, earlier ones chained through `prev`. */
export interface ShingleIndex {
  last: Map<number, number>;
  prev: Int32Array;
}

export function indexShingles(sh: Int32Array): ShingleIndex {
  const last = new Map<number, number>();
  const prev = new Int32Array(sh.length);
  for (let i = 0; i < sh.length; i++) {
    prev[i] = last.get(sh[i]!) ?? -1;
    last.set(sh[i]!, i);
  }
  return { last, prev };
}

/**
 * Maximal exact runs of at least SHINGLE_WORDS words, seeded by the shingles B shares with A.
 * A is indexed once and compared with many candidates.
 */
/**
 * Whether a run is mostly one phrase over and over ("…spheres bilateral relations in the …
 * spheres"): stock phrases repeated back to back are shared by unrelated texts on one topic.
 */
function repetitive(shB: Int32Array, from: number, words: number): boolean {
  const n = words - SHINGLE_WORDS + 1;
  const distinct = new Set<number>();
  for (let k = 0; k < n; k++) distinct.add(shB[from + k]!);
  return distinct.size * 2 < n;
}

export function exactRuns(a: Words, indexA: ShingleIndex, b: Words, shB: Int32Array): Run[] {
  const runs: Run[] = [];
  // Furthest word of B covered so far on each diagonal (a - b): a seed inside a run is skipped.
  const reach = new Map<number, number>();
  for (let j = 0; j < shB.length; j++) {
    let i = indexA.last.get(shB[j]!);
    if (i === undefined) continue;
    for (let seen = 0; i >= 0 && seen <= MAX_SEED_REPEATS; i = indexA.prev[i]!, seen++) {
      if ((reach.get(i - j) ?? -1) > j) continue;
      let k = 0;
      while (i + k < a.length && j + k < b.length && a.hashes[i + k] === b.hashes[j + k]) k++;
      // A hash collision gives a seed whose words differ: not a run.
      if (k < SHINGLE_WORDS) continue;
      reach.set(i - j, j + k);
      if (!repetitive(shB, j, k)) runs.push({ a: i, b: j, words: k });
    }
  }
  return runs;
}

/** Non-overlapping runs (longest first), chained in reading order into passages. */
export function passages(a: Words, b: Words, runs: Run[]): Passage[] {
  const taken: Run[] = [];
  const overlaps = (x: Run, y: Run): boolean =>
    (x.a < y.a + y.words && y.a < x.a + x.words) || (x.b < y.b + y.words && y.b < x.b + x.words);
  for (const r of [...runs].sort((x, y) => y.words - x.words || x.a - y.a)) {
    if (!taken.some((t) => overlaps(t, r))) taken.push(r);
  }
  taken.sort((x, y) => x.a - y.a);
  const out: Passage[] = [];
  let cur: { a: number; aEnd: number; b: number; bEnd: number; words: number; longest: number } | null = null;
  const close = (): void => {
    if (!cur) return;
    out.push({
      aStart: a.starts[cur.a]!,
      aEnd: a.ends[cur.aEnd - 1]!,
      bStart: b.starts[cur.b]!,
      bEnd: b.ends[cur.bEnd - 1]!,
      words: cur.words,
      longestRun: cur.longest,
    });
  };
  for (const r of taken) {
    const gapA = cur ? r.a - cur.aEnd : -1;
    const gapB = cur ? r.b - cur.bEnd : -1;
    if (cur && gapA >= 0 && gapB >= 0 && gapA <= MAX_GAP && gapB <= MAX_GAP) {
      cur.aEnd = r.a + r.words;
      cur.bEnd = r.b + r.words;
      cur.words += r.words;
      cur.longest = Math.max(cur.longest, r.words);
    } else {
      close();
      cur = { a: r.a, aEnd: r.a + r.words, b: r.b, bEnd: r.b + r.words, words: r.words, longest: r.words };
    }
  }
  close();
  return out;
}

/** A passage long enough to report on its own ("a shared run of about 25+ words"). */
export const MIN_PASSAGE_WORDS = 25;
/** Every reported pair holds at least one exact run this long: shorter ones are stock phrases (two official names back to back make 12). */
export const MIN_RUN_WORDS = 15;
/** Or: this share of the shorter text is shared (short items: a two-sentence brief reprinted). */
export const MIN_SHARE = 0.5;

export interface Alignment {
  passages: Passage[];
  sharedWords: number;
  longestRun: number;
  /** Shared words over the words of the shorter text. */
  share: number;
}

/** The passages two texts share, or null when they are not copies of each other. */
export function align(a: Words, indexA: ShingleIndex, b: Words, shB: Int32Array): Alignment | null {
  const found = passages(a, b, exactRuns(a, indexA, b, shB)).filter((p) => p.longestRun >= MIN_RUN_WORDS);
  if (found.length === 0) return null;
  const sharedWords = found.reduce((n, p) => n + p.words, 0);
  const share = sharedWords / Math.max(1, Math.min(a.length, b.length));
  if (!found.some((p) => p.words >= MIN_PASSAGE_WORDS) && share < MIN_SHARE) return null;
  return { passages: found, sharedWords, longestRun: Math.max(...found.map((p) => p.longestRun)), share };
}
