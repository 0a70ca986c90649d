import type { Matrix, MatrixSpec } from '@common/api/schemas/analysis';
import type { Project } from '../session';
import { AXES, type AxisHeader, type RawValue } from './axes';
import { groupedSql, readsTags, type Side } from './matrix-sql';
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

type Group = { r?: RawValue; c?: RawValue; n: number };

/** Each theme's id with itself and its ancestors. */
function ancestorsOf(p: Project): Map<number, number[]> {
  const parent = new Map((prepared(p, 'SELECT id, parent_id FROM themes').all() as { id: number; parent_id: number | null }[]).map((t) => [t.id, t.parent_id]));
  const out = new Map<number, number[]>();
  for (const id of parent.keys()) {
    const chain = [id];
    const seen = new Set(chain);
    for (let up = parent.get(id); up != null && !seen.has(up); up = parent.get(up)) {
      chain.push(up);
      seen.add(up);
    }
    out.set(id, chain);
  }
  return out;
}

/**
 * Passages counted once per rolled-up theme without a DISTINCT over every tag: a passage with
 * one theme reaches each ancestor once, so its tags are counted per theme (an index scan) and
 * added up the tree here; only passages with several themes (tags > 1), which might reach one
 * ancestor twice, are counted distinct in SQL.
 */
function rolledUp(p: Project, spec: MatrixSpec, sides: Side[], side: Side): Group[] {
  const own = groupedSql({ ...spec, themeLevel: 'own' }, sides, 'single');
  const multi = groupedSql(spec, sides, 'multi');
  const other: Side = side === 'r' ? 'c' : 'r';
  const up = ancestorsOf(p);
  const sums = new Map<string, Group>();
  const add = (theme: RawValue, rest: RawValue | undefined, n: number): void => {
    const key = `${String(theme)}\u0000${String(rest)}`;
    const g = sums.get(key);
    if (g) g.n += n;
    else sums.set(key, { [side]: theme, ...(sides.includes(other) ? { [other]: rest ?? null } : {}), n });
  };
  for (const g of prepared(p, own.sql).all(own.params) as Group[]) {
    for (const a of up.get(g[side] as number) ?? [g[side] as number]) add(a, g[other], g.n);
  }
  for (const g of prepared(p, multi.sql).all(multi.params) as Group[]) add(g[side] ?? null, g[other], g.n);
  return [...sums.values()];
}

function passageCounts(p: Project, spec: MatrixSpec): Counts {
  const themeSides = (['r', 'c'] as const).filter((x) => (x === 'r' ? spec.rows : spec.cols) === 'themes');
  const split = readsTags(spec) && spec.themeLevel === 'rollup' && spec.measure === 'annotations' && themeSides.length === 1;
  const run = (sides: Side[]): Group[] => {
    if (split && sides.includes(themeSides[0]!)) return rolledUp(p, spec, sides, themeSides[0]!);
    const { sql, params } = groupedSql(spec, sides);
    return prepared(p, sql).all(params) as Group[];
  };
  const byKey = (rows: Group[], side: Side): Map<RawValue, number> =>
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
