import type { Project } from '../session';
import { prepared } from '../data/statements';
import { statedSources } from './attribution';
import { ensureOutlet, statedOutlet } from '../library/outlets';

export type UpstreamSource = 'pattern' | 'dateline' | 'copy' | 'manual';

export interface UpstreamRow {
  document_id: number;
  outlet_id: number | null;
  name: string | null;
  source: UpstreamSource;
  evidence: string;
  upstream_document_id: number | null;
}

export function upstreamOf(p: Project, documentId: number): UpstreamRow | undefined {
  return prepared(p, 'SELECT * FROM document_upstreams WHERE document_id = ?').get(documentId) as UpstreamRow | undefined;
}

/** Upstreams of many documents at once, by document id. */
export function upstreamsOf(p: Project, ids: number[]): Map<number, UpstreamRow> {
  const rows = prepared(p, 'SELECT * FROM document_upstreams WHERE document_id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as UpstreamRow[];
  return new Map(rows.map((r) => [r.document_id, r]));
}

const outletName = (p: Project, id: number | null): string | null =>
  id === null ? null : (prepared(p, 'SELECT name FROM outlets WHERE id = ?').get(id) as { name: string }).name;

/** Writes a detected upstream; what the analyst set by hand is never replaced. */
function writeDetected(p: Project, row: Omit<UpstreamRow, 'document_id'> & { document_id: number }, replaces: UpstreamSource[]): void {
  prepared(
    p,
    `INSERT INTO document_upstreams (document_id, outlet_id, name, source, evidence, upstream_document_id, created_at)
     VALUES (@document_id, @outlet_id, @name, @source, @evidence, @upstream_document_id, @now)
     ON CONFLICT (document_id) DO UPDATE SET outlet_id = excluded.outlet_id, name = excluded.name, source = excluded.source,
       evidence = excluded.evidence, upstream_document_id = excluded.upstream_document_id
     WHERE document_upstreams.source IN (SELECT value FROM json_each(@replaces))`,
  ).run({ ...row, now: p.now(), replaces: JSON.stringify(replaces) });
}

/** The later of two copies repeats the earlier one's outlet, unless its text says otherwise. */
export function setCopyUpstream(p: Project, documentId: number, upstreamDocumentId: number): void {
  const up = prepared(p, 'SELECT d.uid, d.outlet_id, o.name FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?').get(
    upstreamDocumentId,
  ) as { uid: string; outlet_id: number | null; name: string | null };
  writeDetected(
    p,
    { document_id: documentId, outlet_id: up.outlet_id, name: up.name, source: 'copy', evidence: up.uid, upstream_document_id: upstreamDocumentId },
    ['copy'],
  );
}

/**
 * Reads the document's text for a stated source ("citing AZERTAC", "Report xəbər verir")
 * naming an outlet other than its own, and stores the first one found unless the document
 * has a dateline or manual upstream. Returns its name, or null.
 */
export function detectAttribution(p: Project, documentId: number, text: string): string | null {
  const own = (prepared(p, 'SELECT outlet_id FROM documents WHERE id = ?').get(documentId) as { outlet_id: number | null }).outlet_id;
  // Texts repeat their phrases ("…, an official reported" ten times): each name is looked up once.
  const seen = new Map<string, ReturnType<typeof statedOutlet>>();
  const lookup = (name: string): ReturnType<typeof statedOutlet> => {
    let found = seen.get(name);
    if (found === undefined) seen.set(name, (found = statedOutlet(p, name)));
    return found;
  };
  for (const c of statedSources(text)) {
    for (const v of c.variants) {
      const outlet = lookup(v);
      if (!outlet) continue;
      // "…, Trend reports" in Trend's own article is a byline, not an upstream.
      if (outlet.id === own) break;
      writeDetected(
        p,
        { document_id: documentId, outlet_id: outlet.id, name: outlet.name, source: 'pattern', evidence: c.evidence.trim(), upstream_document_id: null },
        ['copy', 'pattern'],
      );
      return outlet.name;
    }
  }
  return null;
}

/**
 * The agency of the dateline the import took from the text ("Gabala, October 7, AZERTAC",
 * stored with the document): its upstream, before any stated in the text or found by copying.
 * Call after the document's dateline columns are written; the analyst's choice stays.
 */
export function setDatelineUpstream(p: Project, documentId: number): void {
  prepared(p, "DELETE FROM document_upstreams WHERE document_id = ? AND source = 'dateline'").run(documentId);
  const d = prepared(p, 'SELECT outlet_id, dateline, dateline_agency FROM documents WHERE id = ?').get(documentId) as {
    outlet_id: number | null;
    dateline: string | null;
    dateline_agency: string | null;
  };
  if (!d.dateline || !d.dateline_agency) return;
  const outletId = ensureOutlet(p, d.dateline_agency)!; // a non-empty name always gives an outlet
  // An agency's own item carries its own dateline: that is no upstream.
  if (outletId === d.outlet_id) return;
  writeDetected(
    p,
    { document_id: documentId, outlet_id: outletId, name: outletName(p, outletId), source: 'dateline', evidence: d.dateline, upstream_document_id: null },
    ['copy', 'pattern'],
  );
}

/** The analyst's word: a reprint of the outlet `outletId`, or independent (null). */
export function setManualUpstream(p: Project, documentId: number, outletId: number | null): void {
  prepared(
    p,
    `INSERT INTO document_upstreams (document_id, outlet_id, name, source, evidence, upstream_document_id, created_at)
     VALUES (?, ?, ?, 'manual', '', NULL, ?)
     ON CONFLICT (document_id) DO UPDATE SET outlet_id = excluded.outlet_id, name = excluded.name, source = 'manual',
       evidence = '', upstream_document_id = NULL`,
  ).run(documentId, outletId, outletName(p, outletId), p.now());
}

/** Drops the analyst's choice so detection decides again. */
export function clearUpstream(p: Project, documentId: number): void {
  prepared(p, 'DELETE FROM document_upstreams WHERE document_id = ?').run(documentId);
}
