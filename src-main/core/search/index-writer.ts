import type { Project } from '../session';
import { fold } from '@common/text/fold';
import { prepared, preparedValue } from '../data/statements';

// Every write that changes searchable text calls one of these inside its own transaction,
// so the index never drifts from the data. Text is folded here, in TypeScript (DESIGN §6).

export type SearchKind = 'document' | 'passage' | 'annotation' | 'claim' | 'argument';

export interface SearchRow {
  kind: SearchKind;
  refId: number;
  documentId?: number | null;
  outletId?: number | null;
  date?: string | null;
  credibility?: number | null;
  start?: number | null;
  title: string;
  body: string;
}

export function indexRows(p: Project, rows: SearchRow[]): void {
  const item = prepared(
    p,
    `INSERT INTO search_items (kind, ref_id, document_id, outlet_id, date, credibility, start)
     VALUES (@kind, @refId, @documentId, @outletId, @date, @credibility, @start)`,
  );
  const fts = prepared(p, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)');
  for (const r of rows) {
    const { lastInsertRowid } = item.run({
      kind: r.kind,
      refId: r.refId,
      documentId: r.documentId ?? null,
      outletId: r.outletId ?? null,
      date: r.date ?? null,
      credibility: r.credibility ?? null,
      start: r.start ?? null,
    });
    fts.run(lastInsertRowid, fold(r.title), fold(r.body));
  }
}

/** Removes the index rows of items (by kind and ref id, or every row of a document). */
export function unindex(p: Project, where: { kind: SearchKind; refId: number } | { documentId: number }): void {
  const ids =
    'documentId' in where
      ? (preparedValue(p, "SELECT id FROM search_items WHERE document_id = ? AND kind IN ('document', 'passage')").all(where.documentId) as number[])
      : (preparedValue(p, 'SELECT id FROM search_items WHERE kind = ? AND ref_id = ?').all(where.kind, where.refId) as number[]);
  const delFts = prepared(p, 'DELETE FROM search_fts WHERE rowid = ?');
  const delItem = prepared(p, 'DELETE FROM search_items WHERE id = ?');
  for (const id of ids) {
    delFts.run(id);
    delItem.run(id);
  }
}

export function reindex(p: Project, kind: SearchKind, refId: number, rows: SearchRow[]): void {
  unindex(p, { kind, refId });
  indexRows(p, rows);
}
