import type { HandlerMap } from '../handler-types';
import { citeAnnotation, citeDocument } from './citations';

export const citationHandlers = {
  'citations.forAnnotation': (s, { annotation, style }) => citeAnnotation(s.project, annotation, style),
  'citations.forDocument': (s, { document, style }) => citeDocument(s.project, document, style),
} satisfies HandlerMap<'citations.'>;
