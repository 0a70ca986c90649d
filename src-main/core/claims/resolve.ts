import { notFound } from '../errors';
import type { Project } from '../project';

const TABLES = { claim: 'claims', annotation: 'annotations', argument: 'arguments' } as const;
export type Resolvable = keyof typeof TABLES;

/** The row id for a uid or a unique uid prefix (the CLI accepts prefixes). */
export function resolveId(p: Project, what: Resolvable, ref: string): { id: number; uid: string } {
  const rows = p.db
    .prepare(`SELECT id, uid FROM ${TABLES[what]} WHERE uid = @ref OR uid LIKE @prefix || '%' ESCAPE '\\' LIMIT 2`)
    .all({ ref, prefix: ref.replace(/[%_\\]/g, (c) => `\\${c}`) }) as { id: number; uid: string }[];
  const exact = rows.find((r) => r.uid === ref);
  if (exact) return exact;
  if (rows.length !== 1) throw notFound(what, ref);
  return rows[0]!;
}
