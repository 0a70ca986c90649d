import type { MatrixCellPassages, MatrixCellRequest } from '@common/api/schemas/analysis';
import { annotationsByIds } from '../annotate/annotation-rows';
import type { Project } from '../session';
import { rawValue } from './axes';
import { isParagraphCooccurrence } from './matrix';
import { unitsSql, type Side } from './matrix-sql';
import { paragraphPassagesSql } from './paragraph-sql';
import { prepared, preparedValue } from '../data/statements';

/** The ids of the passages of a cell: a WITH clause, a SELECT of `aid`, its values. */
function cellIds(p: Project, q: MatrixCellRequest): { with: string; select: string; params: Record<string, unknown> } {
  const { spec } = q;
  const keys: Record<string, unknown> = {};
  if (q.row !== null) keys.row = rawValue(p, spec.rows, q.row);
  if (q.col !== null) keys.col = rawValue(p, spec.cols, q.col);
  if (isParagraphCooccurrence(spec)) {
    const sql = paragraphPassagesSql(spec, q.row !== null, q.col !== null);
    return { ...sql, params: { ...sql.params, ...keys } };
  }
  const sides: Side[] = [...(q.row !== null ? (['r'] as const) : []), ...(q.col !== null ? (['c'] as const) : [])];
  const units = unitsSql(spec, sides);
  const where = [q.row !== null ? 'r IS @row' : '', q.col !== null ? 'c IS @col' : ''].filter(Boolean);
  return {
    with: units.with,
    select: `SELECT DISTINCT aid FROM (${units.select})${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    params: { ...units.params, ...keys },
  };
}

/**
 * The passages counted in one cell (or, with row or col null, in a column's or row's total),
 * in text order: by document, then position.
 */
export function cellPassages(p: Project, q: MatrixCellRequest): MatrixCellPassages {
  const ids = cellIds(p, q);
  const total = (prepared(p, `${ids.with}SELECT count(*) AS n FROM (${ids.select})`).get(ids.params) as { n: number }).n;
  const page = preparedValue(p, `${ids.with}SELECT a.id FROM annotations a WHERE a.id IN (${ids.select}) ORDER BY a.document_id, a.start, a.id LIMIT @limit OFFSET @offset`)
    .all({ ...ids.params, limit: q.limit, offset: q.offset }) as number[];
  return { items: annotationsByIds(p, page), total };
}
