import { parentPort, workerData } from 'node:worker_threads';
import type { ImportRequest } from '@common/api/schemas/documents';
import { DossierError } from '../errors';
import { consoleLog, openWorkerProject, type Project } from '../session';
import { lowerThreadPriority } from '../workers/lower-priority';
import { prepareDocument, type Prepared } from './prepare-document';
import { storeGroup } from './store-documents';

// The import's worker thread (bundled as its own entry, extract-worker.js): it reads every file
// (a hostile page can only stall this thread, which the import ends) and stores the documents
// through its own connection to the project, so neither the parsing nor the indexing nor the
// SQLite writes of a large document run on the thread that answers the UI.

export type ImportJob =
  | { id: number; kind: 'prepare'; bytes: Uint8Array; name: string; overrides: ImportRequest['overrides'] }
  | { id: number; kind: 'store'; group: Prepared[]; overrides: ImportRequest['overrides']; now: string };

const { path, nativeBinding } = workerData as { path: string; nativeBinding?: string };
let project: Project | undefined;
let now = new Date().toISOString();

lowerThreadPriority();

async function run(job: ImportJob): Promise<unknown> {
  if (job.kind === 'prepare') return prepareDocument(job.bytes, job.name, job.overrides);
  now = job.now;
  project ??= openWorkerProject(path, { nativeBinding, log: consoleLog, now: () => new Date(now) });
  return storeGroup(project, job.group, job.overrides);
}

parentPort!.on('message', (job: ImportJob) => {
  run(job).then(
    (value) => parentPort!.postMessage({ id: job.id, ok: true, value }),
    (err: unknown) =>
      parentPort!.postMessage({
        id: job.id,
        ok: false,
        code: err instanceof DossierError ? err.code : 'import-failed',
        message: err instanceof DossierError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`,
      }),
  );
});
