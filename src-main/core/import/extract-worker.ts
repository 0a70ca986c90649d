import { parentPort } from 'node:worker_threads';
import { DossierError } from '../errors';
import { extractDocument } from './extract';

// The worker thread that reads HTML and PDF files for an import (bundled as its own entry,
// extract-worker.js): a hostile page can only stall this thread, which the import ends.

parentPort!.on('message', (job: { id: number; bytes: Uint8Array; name: string; published?: string }) => {
  extractDocument(job.bytes, job.name, job.published).then(
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
