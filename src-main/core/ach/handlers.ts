import type { HandlerMap } from '../handler-types';
import { createBoard, deleteBoard, getBoard, listBoards, updateBoard } from './boards';
import { addClaims, addHypothesis, rate, removeClaim, removeHypothesis, renameHypothesis } from './edits';
import { boardCsv, boardHtml, boardMarkdown } from './export-board';
import { boardToArgument } from './to-argument';
import { resolveBoard } from './resolve-board';

const FORMATS = {
  markdown: { ext: 'md', render: boardMarkdown },
  html: { ext: 'html', render: boardHtml },
  csv: { ext: 'csv', render: boardCsv },
} as const;

const fileName = (question: string, ext: string): string =>
  `${question.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'board'}.${ext}`;

export const achHandlers = {
  'ach.list': (s) => listBoards(s.project),
  'ach.get': (s, { uid }) => getBoard(s.project, uid),
  'ach.create': (s, { question, hypotheses }) => createBoard(s.project, question, hypotheses),
  'ach.update': (s, { uid, ...patch }) => updateBoard(s.project, uid, patch),
  'ach.delete': (s, { uid }) => deleteBoard(s.project, uid),
  'ach.addHypothesis': (s, { board, label }) => addHypothesis(s.project, board, label),
  'ach.renameHypothesis': (s, { uid, label }) => renameHypothesis(s.project, uid, label),
  'ach.removeHypothesis': (s, { uid }) => removeHypothesis(s.project, uid),
  'ach.addClaims': (s, { board, claims }) => addClaims(s.project, board, claims),
  'ach.removeClaim': (s, { board, claim }) => removeClaim(s.project, board, claim),
  'ach.rate': (s, input) => rate(s.project, input),
  'ach.export': (s, { uid, format }) => {
    const b = getBoard(s.project, resolveBoard(s.project, uid));
    return { name: fileName(b.question, FORMATS[format].ext), text: FORMATS[format].render(b) };
  },
  'ach.toArgument': (s, { uid }) => boardToArgument(s.project, uid),
} satisfies HandlerMap<'ach.'>;
