import type { Project } from '../session';
import { prepared, preparedValue } from '../data/statements';
import type { Passage } from './align';

// The SQL of the copy index: fingerprints (postings), links between documents and their spans.

/**
 * Documents read per fingerprint: the first stored (lowest ids, the likely origins). A story
 * reprinted fifty times still finds its earliest copies; a stock line shared by thousands
 * costs ten rows, not thousands.
 */
export const POSTINGS_READ = 10;

/** Documents holding the fingerprints, with how many of them each one holds. One statement. */
export function candidateCounts(p: Project, hashes: number[], self: number): Map<number, number> {
  // Postings are hash << 32 | document id: one hash is one rowid range, lowest document ids first.
  const rows = preparedValue(
    p,
    `SELECT (SELECT group_concat(key & 4294967295) FROM (SELECT key FROM copy_postings
       WHERE key BETWEEN (j.value << 32) AND ((j.value << 32) | 4294967295) LIMIT ?))
     FROM json_each(?) j`,
  ).all(POSTINGS_READ, JSON.stringify(hashes)) as (string | null)[];
  const counts = new Map<number, number>();
  for (const list of rows) {
    if (!list) continue;
    for (const s of list.split(',')) {
      const d = Number(s);
      if (d !== self) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  return counts;
}

/** A document's fingerprints and their postings. Forget the document's old ones first. */
export function storeFingerprints(p: Project, documentId: number, hashes: number[]): void {
  const list = JSON.stringify(hashes);
  prepared(p, 'INSERT INTO copy_documents (document_id, fingerprints) VALUES (?, ?)').run(documentId, list);
  prepared(p, 'INSERT OR IGNORE INTO copy_postings (key) SELECT (value << 32) | ? FROM json_each(?)').run(documentId, list);
}

/** Forgets what was found for a document's previous text (a new version is compared afresh). */
export function forgetDocument(p: Project, documentId: number): void {
  prepared(p, 'DELETE FROM copy_documents WHERE document_id = ?').run(documentId);
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
  content_hash: string;
  /** Null when the caller holds words of this very text (same content hash) already. */
  text: string | null;
}

/** The candidates' rows in the order given; the text only where `cachedHash` has not this version. */
export function candidateRows(p: Project, ids: number[], cachedHash: (id: number) => string | undefined): CandidateRow[] {
  const cached = Object.fromEntries(ids.map((id) => [id, cachedHash(id) ?? '']));
  return prepared(
    p,
    `SELECT d.id, d.outlet_id, d.published, v.content_hash,
       CASE WHEN v.content_hash = json_extract(@cached, '$."' || d.id || '"') THEN NULL ELSE v.text END AS text
     FROM json_each(@ids) j JOIN documents d ON d.id = j.value
     JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version ORDER BY j.key`,
  ).all({ ids: JSON.stringify(ids), cached: JSON.stringify(cached) }) as CandidateRow[];
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
