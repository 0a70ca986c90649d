import { indexAnnotation } from '../annotate/annotation-index';
import { indexArgument } from '../arguments/arguments';
import { indexClaim } from '../claims/claims';
import { indexDocument } from '../library/documents';
import type { Project } from '../session';
import { prepared } from '../data/statements';

/** Set by a migration that empties the search index (it cannot fold text in SQL). */
export const REBUILD_SETTING = 'search.rebuild';

/** Rebuilds every search row from the items' own tables, through each kind's own indexer. */
export function rebuildSearchIndex(p: Project): void {
  const ids = (sql: string): number[] => (prepared(p, sql).all() as { id: number }[]).map((r) => r.id);
  p.db.transaction(() => {
    p.db.exec("DELETE FROM search_items; INSERT INTO search_fts (search_fts) VALUES ('delete-all');");
    for (const id of ids('SELECT id FROM documents ORDER BY id')) indexDocument(p, id);
    for (const id of ids('SELECT id FROM annotations ORDER BY id')) indexAnnotation(p, id);
    for (const id of ids('SELECT id FROM claims ORDER BY id')) indexClaim(p, id);
    for (const id of ids('SELECT id FROM arguments ORDER BY id')) indexArgument(p, id);
    prepared(p, 'DELETE FROM settings WHERE key = ?').run(REBUILD_SETTING);
  })();
}

/** Runs the rebuild a migration asked for; a no-op (one indexed lookup) otherwise. */
export function rebuildSearchIfNeeded(p: Project): void {
  if (prepared(p, 'SELECT 1 FROM settings WHERE key = ?').get(REBUILD_SETTING)) rebuildSearchIndex(p);
}
