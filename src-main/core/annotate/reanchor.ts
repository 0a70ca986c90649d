import type { Project } from '../session';
import { reanchor, type AnchorStatus } from './anchoring';
import { indexAnnotation } from './annotation-index';
import { prepared } from '../data/statements';

interface AnchorRow {
  id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchor_status: AnchorStatus;
}

export type ReanchorSummary = Record<AnchorStatus, number>;

/**
 * Places every annotation of a document in its new version's text. Runs inside the import's
 * transaction (addVersion), so a version and its annotations' new places commit together.
 * Orphans keep their last offsets, quote and version, and are tried again on the next version.
 */
export function reanchorDocument(p: Project, documentId: number, newVersion: number, newText: string): ReanchorSummary {
  const rows = prepared(p, 'SELECT id, start, "end", exact, prefix, suffix, anchor_status FROM annotations WHERE document_id = ?')
    .all(documentId) as AnchorRow[];
  const place = prepared(p,
    `UPDATE annotations SET start = @start, "end" = @end, exact = @exact, prefix = @prefix, suffix = @suffix,
       version = @version, anchor_status = @status, updated_at = @now WHERE id = @id`,
  );
  const orphan = prepared(p, "UPDATE annotations SET anchor_status = 'orphaned', updated_at = @now WHERE id = @id");
  const summary: ReanchorSummary = { exact: 0, reanchored: 0, orphaned: 0 };
  const now = p.now();
  for (const row of rows) {
    const r = reanchor(newText, row);
    // A re-anchored place stays flagged until the analyst confirms it by editing its range.
    const status = r.status === 'exact' && row.anchor_status === 'reanchored' ? 'reanchored' : r.status;
    summary[status]++;
    if (status === 'orphaned') orphan.run({ id: row.id, now });
    else {
      const { start, end, exact, prefix, suffix } = r;
      place.run({ start, end, exact, prefix, suffix, status, id: row.id, version: newVersion, now });
    }
    // The index holds the quote and its start: only a moved or changed quote needs new rows.
    if (r.start !== row.start || r.exact !== row.exact) indexAnnotation(p, row.id);
  }
  return summary;
}
