import type { Project } from '../session';
import { currentVersion } from '../library/documents';
import { prepared } from '../data/statements';
import { align, indexShingles, type Alignment, type Passage } from './align';
import { candidateCounts, candidateRows, forgetDocument, storeFingerprints, storeLink, type StoredLink } from './copy-store';
import { fingerprints, shingles, words, type Words } from './shingles';
import { setCopyUpstream } from './upstreams';

/** Setting that turns detection at import off ("0"); on unless set. */
export const DETECT_SETTING = 'copies.detect';
/** Candidates aligned at most, most shared fingerprints first: bounds the work per document. */
const MAX_CANDIDATES = 8;
/** Shared fingerprints a candidate needs before it is aligned (one for very short texts). */
const MIN_SHARED_FINGERPRINTS = 2;
/** A copy covering this share of the later text makes the later document a reprint of the earlier. */
export const REPRINT_SHARE = 0.5;

export function detectionEnabled(p: Project): boolean {
  const row = prepared(p, 'SELECT value FROM settings WHERE key = ?').get(DETECT_SETTING) as { value: string } | undefined;
  return row?.value !== '0';
}

/** Words of one document's text, kept on the project (p.copyTokens) for the next comparisons. */
export interface CopyTokens {
  /** The text's content hash: an id reused after a delete, or a new version, is not a hit. */
  hash: string;
  words: Words;
  shingles: Int32Array;
}
type Tokens = CopyTokens;

// Reprints arrive together, so the same earlier documents are candidates again and again
// during one import: their words are kept for the most recent this many documents.
const CACHE_SIZE = 2000;

function remember(cache: Map<number, Tokens>, id: number, tokens: Tokens): void {
  cache.delete(id);
  cache.set(id, tokens);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

const tokensOf = (text: string, hash: string): Tokens => {
  const w = words(text);
  return { hash, words: w, shingles: shingles(w) };
};

/** Passages swapped so that `a` ranges are in the document with the lower id. */
const flip = (ps: Passage[]): Passage[] =>
  ps.map((s) => ({ aStart: s.bStart, aEnd: s.bEnd, bStart: s.aStart, bEnd: s.aEnd, words: s.words, longestRun: s.longestRun }));

interface DocRow {
  id: number;
  outlet_id: number | null;
  published: string | null;
}

/** Whether `x` was published before `y` (unknown dates: the one stored first). */
function earlier(x: DocRow, y: DocRow): boolean {
  if (x.published && y.published && x.published !== y.published) return x.published < y.published;
  return x.id < y.id;
}

/**
 * Compares a stored document's current text with every other document's through the
 * fingerprint index, stores the copy links found (documents of other outlets only) and its
 * own fingerprints. Call after the document is stored, in the same transaction.
 */
export function detectCopies(p: Project, documentId: number): StoredLink[] {
  const doc = prepared(p, 'SELECT id, outlet_id, published FROM documents WHERE id = ?').get(documentId) as DocRow;
  forgetDocument(p, documentId);
  const cache = p.copyTokens;
  const version = currentVersion(p, documentId);
  const own = tokensOf(version.text, version.content_hash);
  remember(cache, documentId, own);
  const fps = fingerprints(own.shingles);
  const counts = candidateCounts(p, fps, documentId);
  storeFingerprints(p, documentId, fps);
  const need = Math.min(MIN_SHARED_FINGERPRINTS, fps.length);
  const ids = [...counts.entries()]
    .filter(([, n]) => n >= need)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
  if (ids.length === 0) return [];
  const index = indexShingles(own.shingles);
  const found: StoredLink[] = [];
  for (const c of candidateRows(p, ids, (id) => cache.get(id)?.hash)) {
    if (doc.outlet_id !== null && c.outlet_id === doc.outlet_id) continue;
    const hit = c.text === null ? cache.get(c.id) : undefined;
    const tokens = hit ?? tokensOf(c.text ?? currentVersion(p, c.id).text, c.content_hash);
    remember(cache, c.id, tokens);
    const result: Alignment | null = align(own.words, index, tokens.words, tokens.shingles);
    if (!result) continue;
    const ownFirst = documentId < c.id;
    const link: StoredLink = {
      a: Math.min(c.id, documentId),
      b: Math.max(c.id, documentId),
      sharedWords: result.sharedWords,
      longestRun: result.longestRun,
      share: result.share,
      spans: ownFirst ? result.passages : flip(result.passages),
    };
    storeLink(p, link);
    found.push(link);
    const [older, newer, newerWords] = earlier(c, doc) ? [c, doc, own.words.length] : [doc, c, tokens.words.length];
    if (result.sharedWords / Math.max(1, newerWords) >= REPRINT_SHARE) setCopyUpstream(p, newer.id, older.id);
  }
  return found;
}
