import { ActionIcon, Badge, Menu, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { RATING_LABELS, RATING_SIGNS, type AchBoard, type AchRating } from '@common/api/schemas/ach';
import { claimKeys } from '../../commands/registry';
import { matches } from '../../commands/keys';
import { mutate } from '../../bridge/mutate';
import { useAch } from './ach-store';
import { rateCell, redoRating, undoRating } from './rating-history';
import { RATING_COLORS, originsLabel } from './ach-labels';
import classes from './ach.module.css';

/** Keys typed on a cell: the rating's letter or its number in the legend's order. */
const RATING_KEYS: Record<string, AchRating> = { c: 'consistent', i: 'inconsistent', n: 'neutral', a: 'na', 1: 'consistent', 2: 'inconsistent', 3: 'neutral', 4: 'na' };
const UNDO = ['CmdOrCtrl+Z'];
const REDO = ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'];
const CLEAR = ['Delete', 'Backspace', '0'];

const inGrid = (e: KeyboardEvent): boolean => e.target instanceof Element && e.target.closest('[data-ach-grid]') !== null;

const failed = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: e.message });

interface Props {
  board: AchBoard;
  /** Enter on a cell: write its note. */
  onEditNote(): void;
  onHypothesis(action: 'rename' | 'remove', hypothesis: { uid: string; label: string }): void;
}

/**
 * Hypotheses as columns, claims as rows: one focusable cell at a time (arrows move it), rated
 * by typing C, I, N, A or 1–4, cleared with Delete; Ctrl+Z and Ctrl+Shift+Z undo and redo
 * ratings. Diagnostic rows (ratings that differ between hypotheses) are marked.
 */
export function AchGrid({ board, onEditNote, onHypothesis }: Props) {
  const cell = useAch((s) => s.cell);
  const setCell = useAch((s) => s.setCell);
  const table = useRef<HTMLTableElement>(null);
  const rows = board.rows.length;
  const cols = board.hypotheses.length;
  const at = { row: Math.min(cell.row, Math.max(0, rows - 1)), col: Math.min(cell.col, Math.max(0, cols - 1)) };

  // The catalog's Ctrl+Z undoes annotation changes; on the board it undoes ratings.
  useEffect(() => claimKeys((e) => inGrid(e) && [...UNDO, ...REDO, 'Delete'].some((k) => matches(k, e))), []);

  // Keep the focus on the current cell as it moves (only when the grid has it already).
  useEffect(() => {
    const t = table.current;
    if (!t?.contains(document.activeElement)) return;
    t.querySelector<HTMLElement>(`[data-cell="${at.row}:${at.col}"]`)?.focus();
  }, [at.row, at.col]);

  const rate = (row: number, col: number, rating: AchRating | null): void => {
    const r = board.rows[row];
    const h = board.hypotheses[col];
    if (!r || !h) return;
    void rateCell(board, r.claimUid, h.uid, rating).catch(failed('Not rated'));
  };

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const k = e.nativeEvent;
    const move = (row: number, col: number): void => setCell({ row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
    if (UNDO.some((x) => matches(x, k))) void undoRating(board.uid).then((done) => done || notifications.show({ message: 'No rating to undo' }), failed('Could not undo'));
    else if (REDO.some((x) => matches(x, k))) void redoRating(board.uid).then((done) => done || notifications.show({ message: 'No rating to redo' }), failed('Could not redo'));
    else if (e.ctrlKey || e.metaKey || e.altKey) return;
    else if (e.key === 'ArrowUp') move(at.row - 1, at.col);
    else if (e.key === 'ArrowDown') move(at.row + 1, at.col);
    else if (e.key === 'ArrowLeft') move(at.row, at.col - 1);
    else if (e.key === 'ArrowRight') move(at.row, at.col + 1);
    else if (e.key === 'Home') move(at.row, 0);
    else if (e.key === 'End') move(at.row, cols - 1);
    else if (e.key === 'Enter') onEditNote();
    else if (RATING_KEYS[e.key.toLowerCase()]) rate(at.row, at.col, RATING_KEYS[e.key.toLowerCase()]!);
    else if (CLEAR.includes(e.key)) rate(at.row, at.col, null);
    else return;
    e.preventDefault();
  };

  const leader = board.leader;
  return (
    <div className={classes.wrap}>
      <table ref={table} role="grid" aria-label="Ratings of claims against hypotheses" className={classes.grid} data-ach-grid onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col" className={classes.claimHead}>Claim</th>
            <th scope="col" className={classes.narrow}>Grade</th>
            <th scope="col" className={classes.narrow}>
              <Tooltip label="Independent origins supporting the claim: weak evidence counts less">
                <span>Origins</span>
              </Tooltip>
            </th>
            {board.hypotheses.map((h) => (
              <th key={h.uid} scope="col" className={classes.hypHead} data-leader={h.uid === leader || undefined}>
                <div className={classes.hypInner}>
                  <span className={classes.hypLabel} title={h.label}>
                    {h.label}
                  </span>
                  <HypothesisMenu label={h.label} onAction={(a) => onHypothesis(a, h)} />
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.rows.map((r, i) => (
            <tr key={r.claimUid} data-diagnostic={r.diagnostic || undefined}>
              <th scope="row" className={classes.claim}>
                {r.diagnostic && (
                  <Tooltip label="Diagnostic: its ratings separate the hypotheses">
                    <span className={classes.diamond} aria-label="Diagnostic">◆</span>
                  </Tooltip>
                )}
                <Text size="sm" span lineClamp={3}>
                  {r.statement}
                </Text>
                <ActionIcon size="xs" variant="subtle" color="gray" className={classes.rowAction} aria-label={`Remove claim from board: ${r.statement.slice(0, 60)}`}
                  onClick={() => void mutate('ach.removeClaim', { board: board.uid, claim: r.claimUid }).catch(failed('Not removed'))}>
                  ×
                </ActionIcon>
              </th>
              <td className={classes.narrow}>
                <Badge size="sm" variant="light" color="gray" aria-label={`Grade ${r.grade}`}>
                  {r.grade}
                </Badge>
              </td>
              <td className={classes.narrow}>
                <Text size="sm" span aria-label={originsLabel(r.origins, r.originsTraced)} title={originsLabel(r.origins, r.originsTraced)}>
                  {r.origins}
                  {r.originsTraced ? '' : '*'}
                </Text>
              </td>
              {board.hypotheses.map((h, j) => {
                const c = r.cells.find((x) => x.hypothesis === h.uid);
                const focused = i === at.row && j === at.col;
                return (
                  <td
                    key={h.uid}
                    role="gridcell"
                    tabIndex={focused ? 0 : -1}
                    data-cell={`${i}:${j}`}
                    aria-selected={focused}
                    aria-label={`${h.label} × ${r.statement.slice(0, 80)}: ${c ? RATING_LABELS[c.rating] : 'not rated'}${c?.note ? `, note: ${c.note}` : ''}`}
                    className={classes.cell}
                    data-rating={c?.rating}
                    style={c ? { background: `var(--mantine-color-${RATING_COLORS[c.rating]}-light)` } : undefined}
                    onClick={() => setCell({ row: i, col: j })}
                    onFocus={() => !focused && setCell({ row: i, col: j })}
                  >
                    {c ? RATING_SIGNS[c.rating] : ''}
                    {c?.note ? <span className={classes.noteMark} aria-hidden>•</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={classes.claim}>
              Inconsistency (weighted)
            </th>
            <td />
            <td />
            {board.hypotheses.map((h) => (
              <td key={h.uid} className={classes.score} data-leader={h.uid === leader || undefined}
                aria-label={`${h.label}: ${h.inconsistent} inconsistent, weighted ${h.weightedInconsistency.toFixed(2)}${h.uid === leader ? ', least inconsistent' : ''}`}>
                <Text size="sm" fw={600} span>
                  {h.weightedInconsistency.toFixed(2)}
                </Text>
                <Text size="xs" c="dimmed" span>
                  {` (${h.inconsistent})`}
                </Text>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** A hypothesis column's menu: rename or remove it. */
function HypothesisMenu({ label, onAction }: { label: string; onAction(action: 'rename' | 'remove'): void }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon size="xs" variant="subtle" color="gray" aria-label={`Hypothesis ${label}: actions`}>
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('rename')}>Rename…</Menu.Item>
        <Menu.Item color="red" onClick={() => onAction('remove')}>
          Remove…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
