import { create } from 'zustand';

export type BoardMode = 'matrix' | 'sensitivity';

/** The cell with the keyboard focus: a row (claim) and a column (hypothesis) by index. */
export interface CellPos {
  row: number;
  col: number;
}

interface AchState {
  /** The board shown in Analysis › Competing hypotheses. */
  board: string | null;
  mode: BoardMode;
  cell: CellPos;
  open(board: string | null): void;
  setMode(mode: BoardMode): void;
  setCell(cell: CellPos): void;
}

export const useAch = create<AchState>((set) => ({
  board: null,
  mode: 'matrix',
  cell: { row: 0, col: 0 },
  open: (board) => set({ board, cell: { row: 0, col: 0 } }),
  setMode: (mode) => set({ mode }),
  setCell: (cell) => set({ cell }),
}));
