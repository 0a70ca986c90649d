import { useUi } from '../../state/ui-store';
import { useAnalysis } from '../analysis/analysis-store';
import { useAch } from './ach-store';

/** Shows Analysis › Competing hypotheses, with `board` open when given. */
export function openBoards(board?: string): void {
  if (board) useAch.getState().open(board);
  useAnalysis.getState().setTab('ach');
  useUi.getState().setView('analysis');
}
