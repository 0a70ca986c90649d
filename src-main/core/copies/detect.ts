import type { Project } from '../session';
import { currentVersion } from '../library/documents';
import { prepared } from '../search/statements';
import { align } from './align';
import { candidateCounts, candidateRows, forgetDocument, storeFingerprints, storeLink, type StoredLink } from './copy-store';
import { fingerprints, shingles, words } from './shingles';
import { setCopyUpstream } from './upstreams';

/** Setting that turns detection at import off ("0"); on unless set. */
export const DETECT_SETTING = 'copies.detect';
/** Candidates aligned at most, most shared fingerprints first. */
const MAX_CANDIDATES = 40;
/** Shared fingerprints a candidate needs before it is aligned (one for very short texts). */
const MIN_SHARED_FINGERPRINTS = 2;
/** A copy covering this share of the later text makes the later document a reprint of the earlier. */
export const REPRINT_SHARE = 0.5;

export function detectionEnabled(p: Project): boolean {
  const row = prepared(p, 'SELECT value FROM settings WHERE key = ?').get(DETECT_SETTING) as { value: string } | undefined;
  return row?.value !== '0';
}

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
  const text = currentVersion(p, documentId).text;
  forgetDocument(p, documentId);
  const w = words(text);
  const sh = shingles(w);
  const fps = fingerprints(sh);
  const counts = candidateCounts(p, fps, documentId);
  storeFingerprints(p, documentId, fps);
  const need = Math.min(MIN_SHARED_FINGERPRINTS, fps.length);
  const ids = [...counts.entries()]
    .filter(([, n]) => n >= need)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
  const found: StoredLink[] = [];
  for (const c of candidateRows(p, ids)) {
    if (doc.outlet_id !== null && c.outlet_id === doc.outlet_id) continue;
    const cw = words(c.text);
    const first = c.id < documentId;
    const result = first ? align(cw, shingles(cw), w, sh) : align(w, sh, cw, shingles(cw));
    if (!result) continue;
    const link: StoredLink = {
      a: Math.min(c.id, documentId),
      b: Math.max(c.id, documentId),
      sharedWords: result.sharedWords,
      longestRun: result.longestRun,
      share: result.share,
      spans: result.passages,
    };
    storeLink(p, link);
    found.push(link);
    const [older, newer, newerWords] = earlier(c, doc) ? [c, doc, w.length] : [doc, c, cw.length];
    if (result.sharedWords / Math.max(1, newerWords) >= REPRINT_SHARE) setCopyUpstream(p, newer.id, older.id);
  }
  return found;
}
