import type { HandlerMap } from '../handler-types';
import { cellPassages } from './cell-passages';
import { computeMatrix } from './matrix';

export const analysisHandlers = {
  'analysis.matrix': (s, { spec, limit }) => computeMatrix(s.project, spec, limit),
  'analysis.cell': (s, q) => cellPassages(s.project, q),
} satisfies HandlerMap<'analysis.'>;
