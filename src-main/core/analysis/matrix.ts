import type { Matrix, MatrixSpec } from '@common/api/schemas/analysis';
import type { Project } from '../session';
import { AXES, type AxisHeader, type RawValue } from './axes';
import { groupedSql, type Side } from './matrix-sql';
import { paragraphSql } from './paragraph-sql';
import { prepared } from '../data/statements';

interface Counts {
  cells: { r: RawValue; c: RawValue; n: number }[];
  /** Totals per row and column value; undefined where they are the sums of the cells. */
  rows?: Map<RawValue, number>;
  cols?: Map<RawValue, number>;
  /** Undefined when it is the sum of all cells. */
  total?: number;
}

export const isParagraphCooccurrence = (spec: MatrixSpec): boolean =>
  spec.rows === 'themes' && spec.cols === 'themes' && spec.cooccurrence === 'paragraph';

function passageCounts(p: Project, spec: MatrixSpec): Counts {
  const run = (sides: Side[]): { r?: RawValue; c?: RawValue; n: number }[] => {
    const { sql, params } = groupedSql(spec, sides);
    return prepared(p, sql).all(params) as { r?: RawValue; c?: RawValue; n: number }[];
  };
  const byKey = (rows: { r?: RawValue; c?: RawValue; n: number }[], side: Side): Map<RawValue, number> =>
    new Map(rows.map((x) => [x[side] ?? null, x.n]));
  const cells = run(['r', 'c']) as Counts['cells'];
  // A total is a sum only where each passage falls in one value of the other side: any axis
  // but themes (a document has one outlet, one date) – and for documents, since those axes are
  // all properties of the document.
  return {
    cells,
    rows: spec.cols === 'themes' ? byKey(run(['r']), 'r') : undefined,
    cols: spec.rows === 'themes' ? byKey(run(['c']), 'c') : undefined,
    total: spec.rows === 'themes' || spec.cols === 'themes' ? (run([])[0]?.n ?? 0) : undefined,
  };
}

function paragraphCounts(p: Project, spec: MatrixSpec): Counts {
  const sql = paragraphSql(spec);
  const totals = new Map(
    (prepared(p, sql.totals).all(sql.params) as { th: number; n: number }[]).map((x) => [x.th as RawValue, x.n]),
  );
  return {
    cells: prepared(p, sql.cells).all(sql.params) as Counts['cells'],
    rows: totals,
    cols: totals,
    total: (prepared(p, sql.total).get(sql.params) as { n: number }).n,
  };
}

/** Keeps the `limit` headers with the largest totals, in their order. */
function keepLargest(headers: AxisHeader[], totals: number[], limit: number): number[] {
  const all = headers.map((_, i) => i);
  if (all.length <= limit) return all;
  const kept = new Set([...all].sort((a, b) => totals[b]! - totals[a]! || a - b).slice(0, limit));
  return all.filter((i) => kept.has(i));
}

/** The matrix of a spec: headers in display order, counts, and totals that count each unit once. */
export function computeMatrix(p: Project, spec: MatrixSpec, limit = 500): Matrix {
  const counts = isParagraphCooccurrence(spec) ? paragraphCounts(p, spec) : passageCounts(p, spec);
  const present = (side: Side): Set<RawValue> => new Set(counts.cells.map((x) => x[side] ?? null));
  const rowHeaders = AXES[spec.rows].headers(p, present('r'));
  const colHeaders = AXES[spec.cols].headers(p, present('c'));
  const rowIndex = new Map(rowHeaders.map((h, i) => [h.raw, i]));
  const colIndex = new Map(colHeaders.map((h, i) => [h.raw, i]));
  const grid = rowHeaders.map(() => colHeaders.map(() => 0));
  for (const { r, c, n } of counts.cells) {
    const i = rowIndex.get(r ?? null);
    const j = colIndex.get(c ?? null);
    if (i !== undefined && j !== undefined) grid[i]![j] = n;
  }
  const rowTotals = rowHeaders.map((h, i) => (counts.rows ? (counts.rows.get(h.raw) ?? 0) : sum(grid[i]!)));
  const colTotals = colHeaders.map((h, j) => (counts.cols ? (counts.cols.get(h.raw) ?? 0) : sum(grid.map((row) => row[j]!))));
  const rowsKept = keepLargest(rowHeaders, rowTotals, limit);
  const colsKept = keepLargest(colHeaders, colTotals, limit);
  const strip = ({ raw: _raw, ...h }: AxisHeader): Matrix['rows'][number] => h;
  return {
    spec,
    rows: rowsKept.map((i) => strip(rowHeaders[i]!)),
    cols: colsKept.map((j) => strip(colHeaders[j]!)),
    cells: rowsKept.map((i) => colsKept.map((j) => grid[i]![j]!)),
    rowTotals: rowsKept.map((i) => rowTotals[i]!),
    colTotals: colsKept.map((j) => colTotals[j]!),
    total: counts.total ?? sum(rowTotals),
    rowsOmitted: rowHeaders.length - rowsKept.length,
    colsOmitted: colHeaders.length - colsKept.length,
  };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
