import { notFound } from '../errors';
import type { Project } from '../session';

const TABLES = { claim: 'claims', annotation: 'annotations', argument: 'arguments' } as const;
export type Resolvable = keyof typeof TABLES;

/**
 * The row id for a uid or a unique uid prefix (the CLI accepts prefixes). Both lookups use
 * the uid index: the exact one first, the prefix as a range (LIKE would scan the table).
 */
export function resolveId(p: Project, what: Resolvable, ref: string): { id: number; uid: string } {
  const table = TABLES[what];
  const exact = p.db.prepare(`SELECT id, uid FROM ${table} WHERE uid = ?`).get(ref) as { id: number; uid: string } | undefined;
  if (exact) return exact;
  const rows = p.db
    .prepare(`SELECT id, uid FROM ${table} WHERE uid >= @ref AND uid < @ref || char(1114111) LIMIT 2`)
    .all({ ref }) as { id: number; uid: string }[];
  if (rows.length !== 1 || ref.length === 0) throw notFound(what, ref);
  return rows[0]!;
}
