import type { HandlerMap } from '../handler-types';
import { getAnnotation, listAnnotations } from './annotation-rows';
import { createAnnotation, deleteAnnotation, restoreAnchor, restoreAnnotation, updateAnnotation } from './annotations';

export const annotationHandlers = {
  'annotations.create': (s, input) => createAnnotation(s.project, input),
  'annotations.get': (s, input) => getAnnotation(s.project, input.uid),
  'annotations.list': (s, input) => listAnnotations(s.project, input),
  'annotations.update': (s, input) => updateAnnotation(s.project, input),
  'annotations.delete': (s, input) => deleteAnnotation(s.project, input.uid),
  'annotations.restore': (s, input) => restoreAnnotation(s.project, input),
  'annotations.restoreAnchor': (s, input) => restoreAnchor(s.project, input),
} satisfies HandlerMap<'annotations.'>;
