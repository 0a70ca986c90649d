import type { HandlerMap } from '../handler-types';
import { importProject } from './import-project';

export const interchangeHandlers = {
  'export.importProject': (s, { path }) => importProject(s.project, path),
} satisfies HandlerMap<'export.importProject'>;
