import type { HandlerMap } from '../handler-types';
import { allowedPath } from '../session/file-access';
import { importProject } from './import-project';

export const interchangeHandlers = {
  'export.importProject': (s, { path }) => importProject(s.project, allowedPath(s, path)),
} satisfies HandlerMap<'export.importProject'>;
