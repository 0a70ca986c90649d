import type { AchBoard, AchRating } from '@common/api/schemas/ach';
import { mutate } from '../../bridge/mutate';
import { queryClient } from '../../bridge/query-client';
import { apiKey } from '../../bridge/use-api-query';

// Undo and redo of ratings: each change remembers the cell as it was and as it became, and
// undoing writes the old state back through the same call (null clears a cell). Writes run one
// after another, each reading the board as the last answer left it, so fast typing neither
// reorders answers nor records a stale "before".

interface CellState {
  rating: AchRating | null;
  note: string;
}

interface Change {
  board: string;
  hypothesis: string;
  claim: string;
  before: CellState;
  after: CellState;
}

const undoStack: Change[] = [];
const redoStack: Change[] = [];
const LIMIT = 200;

export function cellState(board: AchBoard, claim: string, hypothesis: string): CellState {
  const c = board.rows.find((r) => r.claimUid === claim)?.cells.find((x) => x.hypothesis === hypothesis);
  return c ? { rating: c.rating, note: c.note } : { rating: null, note: '' };
}

const write = (c: Change, to: CellState): Promise<AchBoard> =>
  mutate('ach.rate', { hypothesis: c.hypothesis, claim: c.claim, rating: to.rating, ...(to.rating ? { note: to.note } : {}) });

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const latest = (board: AchBoard): AchBoard => queryClient.getQueryData<AchBoard>(apiKey('ach.get', { uid: board.uid })) ?? board;

/** Rates a cell (keeping its note unless one is given; clearing drops it) and remembers how it was. */
export function rateCell(board: AchBoard, claim: string, hypothesis: string, rating: AchRating | null, note?: string): Promise<AchBoard> {
  return serial(async () => {
    const now = latest(board);
    const before = cellState(now, claim, hypothesis);
    const to = { rating, note: rating ? (note ?? before.note) : '' };
    if (before.rating === to.rating && before.note === to.note) return now;
    const change = { board: board.uid, hypothesis, claim, before, after: to };
    const out = await write(change, to);
    undoStack.push(change);
    if (undoStack.length > LIMIT) undoStack.shift();
    redoStack.length = 0;
    return out;
  });
}

/** Moves the last change on `board` from one stack to the other, writing the state it had `then`; false when there is none. */
async function step(board: string, from: Change[], to: Change[], then: 'before' | 'after'): Promise<boolean> {
  const at = from.findLastIndex((c) => c.board === board);
  if (at < 0) return false;
  const [c] = from.splice(at, 1);
  await write(c!, c![then]);
  to.push(c!);
  return true;
}

/** Undoes the last rating change on `board`; false when there is none. */
export const undoRating = (board: string): Promise<boolean> => serial(() => step(board, undoStack, redoStack, 'before'));
export const redoRating = (board: string): Promise<boolean> => serial(() => step(board, redoStack, undoStack, 'after'));
