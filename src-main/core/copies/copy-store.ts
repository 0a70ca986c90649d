import type { Project } from '../session';
import { prepared } from '../search/statements';
import type { Passage } from './align';

// The SQL of the copy index: fingerprints (postings), links between documents and their spans.

/** A fingerprint shared by more documents than this is boilerplate (a sign-off, a stock line). */
export const MAX_POSTINGS = 200;

/** Documents holding each fingerprint, with how many of the fingerprints each one holds. */
export function candidateCounts(p: Project, hashes: number[], self: number): Map<number, number> {
  const stmt = prepared(p, 'SELECT document_id FROM copy_fingerprints WHERE hash = ? LIMIT ?').pluck();
  const counts = new Map<number, number>();
  for (const h of hashes) {
    const docs = stmt.all(h, MAX_POSTINGS + 1) as number[];
    if (docs.length > MAX_POSTINGS) continue;
    for (const d of docs) if (d !== self) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return counts;
}

export function storeFingerprints(p: Project, documentId: number, hashes: number[]): void {
  const insert = prepared(p, 'INSERT OR IGNORE INTO copy_fingerprints (hash, document_id) VALUES (?, ?)');
  for (const h of hashes) insert.run(h, documentId);
}

/** Forgets what was found for a document's previous text (a new version is compared afresh). */
export function forgetDocument(p: Project, documentId: number): void {
  prepared(p, 'DELETE FROM copy_fingerprints WHERE document_id = ?').run(documentId);
  prepared(p, 'DELETE FROM copy_links WHERE document_a = ? OR document_b = ?').run(documentId, documentId);
  prepared(p, "DELETE FROM document_upstreams WHERE source = 'copy' AND (document_id = ? OR upstream_document_id = ?)").run(
    documentId,
    documentId,
  );
}

export interface CandidateRow {
  id: number;
  outlet_id: number | null;
  published: string | null;
  text: string;
}

export function candidateRows(p: Project, ids: number[]): CandidateRow[] {
  return prepared(
    p,
    `SELECT d.id, d.outlet_id, d.published, v.text FROM json_each(?) j JOIN documents d ON d.id = j.value
     JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version`,
  ).all(JSON.stringify(ids)) as CandidateRow[];
}

export interface StoredLink {
  /** Lower document id first; spans' a-ranges are in that document. */
  a: number;
  b: number;
  sharedWords: number;
  longestRun: number;
  share: number;
  spans: Passage[];
}

export function storeLink(p: Project, link: StoredLink): void {
  prepared(
    p,
    `INSERT INTO copy_links (document_a, document_b, shared_words, longest_run, share, spans, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (document_a, document_b) DO UPDATE SET shared_words = excluded.shared_words,
       longest_run = excluded.longest_run, share = excluded.share, spans = excluded.spans`,
  ).run(link.a, link.b, link.sharedWords, link.longestRun, link.share, JSON.stringify(link.spans), p.now());
}

interface LinkRow {
  document_a: number;
  document_b: number;
  shared_words: number;
  longest_run: number;
  share: number;
  spans: string;
}

const toLink = (r: LinkRow): StoredLink => ({
  a: r.document_a,
  b: r.document_b,
  sharedWords: r.shared_words,
  longestRun: r.longest_run,
  share: r.share,
  spans: JSON.parse(r.spans) as Passage[],
});

/** Links touching one document, or every link when `documentId` is omitted. */
export function linksOf(p: Project, documentId?: number): StoredLink[] {
  const rows = (
    documentId === undefined
      ? prepared(p, 'SELECT * FROM copy_links ORDER BY document_a, document_b').all()
      : prepared(p, 'SELECT * FROM copy_links WHERE document_a = ? OR document_b = ? ORDER BY document_a, document_b').all(documentId, documentId)
  ) as LinkRow[];
  return rows.map(toLink);
}

/** Links among the given documents only. */
export function linksAmong(p: Project, ids: number[]): StoredLink[] {
  const list = JSON.stringify(ids);
  return (
    prepared(
      p,
      `SELECT * FROM copy_links WHERE document_a IN (SELECT value FROM json_each(?)) AND document_b IN (SELECT value FROM json_each(?))`,
    ).all(list, list) as LinkRow[]
  ).map(toLink);
}
