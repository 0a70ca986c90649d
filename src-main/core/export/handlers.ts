import type { HandlerMap } from '../handler-types';
import { allowedPath } from '../session/file-access';
import { setSetting } from '../settings';
import { readExport, rememberExport } from './exported-files';
import { runExport } from './run';

export const exportHandlers = {
  'export.run': async (s, req) => {
    const result = await runExport(s.project, { ...req, path: allowedPath(s, req.path) }, s.ports.printPdf);
    rememberExport(s, result.path);
    // The Export dialog opens with the last choices (format, scope, folder).
    setSetting(s.project, 'export.last', JSON.stringify({ format: req.format, scope: req.scope, path: result.path, csv: req.csv }));
    return result;
  },
  'export.read': (s, { path }) => readExport(s, path),
} satisfies HandlerMap<'export.run' | 'export.read'>;
