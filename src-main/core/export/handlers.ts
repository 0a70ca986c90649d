import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { HandlerMap } from '../handler-types';
import { allowedPath } from '../session/file-access';
import { setSetting } from '../settings';
import { runJob } from '../workers/run-job';
import { readExport, rememberExport } from './exported-files';

export const exportHandlers = {
  'export.run': async (s, req) => {
    const jobId = req.jobId ?? randomUUID();
    const path = allowedPath(s, req.path);
    // Rendered and written in a worker thread: the UI keeps answering, and export.cancel ends it.
    const result = await runJob(s.project, 'export', { ...req, jobId, path }, { host: { printPdf: s.ports.printPdf }, jobId, target: resolve(path) });
    rememberExport(s, result.path);
    // The Export dialog opens with the last choices (format, scope, folder).
    setSetting(s.project, 'export.last', JSON.stringify({ format: req.format, scope: req.scope, path: result.path, csv: req.csv }));
    return result;
  },
  'export.cancel': (s, { jobId }) => {
    s.project.jobs.get(jobId)?.cancel?.();
    return { ok: true as const };
  },
  'export.read': (s, { path }) => readExport(s, path),
} satisfies HandlerMap<'export.run' | 'export.cancel' | 'export.read'>;
