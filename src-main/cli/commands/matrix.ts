import type { Matrix } from '@common/api/schemas/analysis';
import { call, print, usage, type Command } from '../context';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Scripts read labels and counts; keys (uids, kinds, periods) come along to tell equal labels apart. */
export const matrixJson = (m: Matrix): Record<string, unknown> => ({
  rows: m.rows.map((h) => h.label),
  cols: m.cols.map((h) => h.label),
  cells: m.cells,
  rowKeys: m.rows.map((h) => h.key),
  colKeys: m.cols.map((h) => h.key),
  rowTotals: m.rowTotals,
  colTotals: m.colTotals,
  total: m.total,
  measure: m.spec.measure,
});

function table(m: Matrix): string {
  const head = ['', ...m.cols.map((c) => c.label), 'Total'];
  const body = m.rows.map((r, i) => [`${'  '.repeat(r.depth)}${r.label}`, ...m.cells[i]!.map(String), String(m.rowTotals[i])]);
  const all = [head, ...body, ['Total', ...m.colTotals.map(String), String(m.total)]];
  const widths = head.map((_, j) => Math.max(...all.map((row) => row[j]!.length)));
  const lines = all.map((row) => row.map((v, j) => (j === 0 ? v.padEnd(widths[j]!) : v.padStart(widths[j]!))).join('  '));
  const omitted = m.rowsOmitted || m.colsOmitted ? `\n(${m.rowsOmitted} rows and ${m.colsOmitted} columns left out; raise --limit)` : '';
  return `${lines.join('\n')}${omitted}`;
}

export const matrixCmd: Command = {
  summary: 'count coded passages (or their documents, or words) by two of: themes, outlets, kinds, countries, languages, documents, months, quarters, years',
  usage:
    'dossier matrix --rows AXIS --cols AXIS [--measure annotations|documents|words] [--themes rollup|own] [--cooccurrence passage|paragraph] [--kind KIND] [--from DATE] [--to DATE] [--limit N]',
  options: {
    rows: { type: 'string' },
    cols: { type: 'string' },
    measure: { type: 'string' },
    themes: { type: 'string' },
    cooccurrence: { type: 'string' },
    kind: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
  },
  async run(ctx, args, o) {
    if (args.length) throw usage(`matrix takes no arguments (got ${args.join(' ')})`);
    if (!str(o.rows) || !str(o.cols)) throw usage('matrix needs --rows and --cols');
    const limit = str(o.limit) === undefined ? undefined : Number(o.limit);
    const kinds = o.kind as string[] | undefined;
    // The contract checks every value and names the one that is wrong.
    const m = await call(ctx, 'analysis.matrix', {
      spec: {
        rows: o.rows,
        cols: o.cols,
        measure: str(o.measure),
        themeLevel: str(o.themes),
        cooccurrence: str(o.cooccurrence),
        filter: { kinds: kinds?.length ? kinds : undefined, from: str(o.from), to: str(o.to) },
      },
      limit,
    } as never);
    print(ctx, matrixJson(m), () => table(m));
  },
};
