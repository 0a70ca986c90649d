import { Box, Text } from '@mantine/core';
import type { Matrix } from '@common/api/schemas/analysis';
import { heat, tint } from './matrix-files';
import classes from './heatmap.module.css';

interface Props {
  matrix: Matrix;
  color: string;
  measureLabel: string;
  /** A cell, or a total with the other key null. */
  onOpen(row: string | null, col: string | null, title: string): void;
}

/**
 * The heat map as a real table: screen readers read it as rows and columns with headers, each
 * count is a button that lists its passages, and the colour only repeats what the number says.
 */
export function HeatmapTable({ matrix: m, color, measureLabel, onOpen }: Props) {
  const max = Math.max(0, ...m.cells.flat());
  // Plain buttons: a themes × outlets map holds thousands of them, and each Mantine wrapper costs a render.
  const button = (n: number, row: string | null, col: string | null, title: string, alpha: number) => (
    <button
      type="button"
      className={classes.cell}
      aria-label={`${title}: ${n} ${measureLabel}`}
      onClick={() => onOpen(row, col, title)}
      disabled={n === 0}
      style={{ background: alpha ? tint(color, alpha) : undefined, color: alpha > 0.55 ? '#fff' : undefined }}
    >
      {n}
    </button>
  );
  return (
    <Box className={classes.wrap}>
      <table className={classes.table} aria-label={`Matrix of ${measureLabel}`}>
        <thead>
          <tr>
            <th scope="col" className={classes.corner} />
            {m.cols.map((c) => (
              <th key={c.key} scope="col" className={classes.colHead} title={c.label}>
                <span>{c.label}</span>
              </th>
            ))}
            <th scope="col" className={classes.colHead}>
              <span>Total</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r, i) => (
            <tr key={r.key}>
              <th scope="row" className={classes.rowHead} style={{ paddingLeft: 6 + r.depth * 14 }} title={r.label}>
                {r.color && <span className={classes.swatch} style={{ background: r.color }} />}
                {r.label}
              </th>
              {m.cols.map((c, j) => (
                <td key={c.key}>{button(m.cells[i]![j]!, r.key, c.key, `${r.label} × ${c.label}`, heat(m.cells[i]![j]!, max))}</td>
              ))}
              <td className={classes.total}>{button(m.rowTotals[i]!, r.key, null, `${r.label}, all`, 0)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={classes.rowHead}>
              Total
            </th>
            {m.cols.map((c, j) => (
              <td key={c.key} className={classes.total}>
                {button(m.colTotals[j]!, null, c.key, `${c.label}, all`, 0)}
              </td>
            ))}
            <td className={classes.total}>{button(m.total, null, null, 'Everything counted', 0)}</td>
          </tr>
        </tfoot>
      </table>
      {(m.rowsOmitted > 0 || m.colsOmitted > 0) && (
        <Text size="xs" c="dimmed" mt={4}>
          The smallest {m.rowsOmitted} rows and {m.colsOmitted} columns are left out.
        </Text>
      )}
    </Box>
  );
}
