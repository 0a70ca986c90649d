import type { AchBoard, AchRating } from '@common/api/schemas/ach';
import { mutate } from '../../bridge/mutate';

// Undo and redo of ratings: each change remembers the cell as it was and as it became, and
// undoing writes the old state back through the same call (null clears a cell).

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

/** Rates a cell (or changes its note) and remembers how it was. */
export async function rateCell(board: AchBoard, claim: string, hypothesis: string, to: CellState): Promise<AchBoard> {
  const before = cellState(board, claim, hypothesis);
  if (before.rating === to.rating && before.note === to.note) return board;
  const change = { board: board.uid, hypothesis, claim, before, after: to };
  const out = await write(change, to);
  undoStack.push(change);
  if (undoStack.length > LIMIT) undoStack.shift();
  redoStack.length = 0;
  return out;
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
export const undoRating = (board: string): Promise<boolean> => step(board, undoStack, redoStack, 'before');
export const redoRating = (board: string): Promise<boolean> => step(board, redoStack, undoStack, 'after');
