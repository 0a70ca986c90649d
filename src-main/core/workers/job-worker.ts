import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorCode } from '@common/api/errors';
import { DossierError } from '../errors';
import type { PdfPrinter } from '../export/pdf';
import { consoleLog, openWorkerProject } from '../session';
import { JOBS, type FromJob, type JobData, type ToJob } from './jobs';
import { lowerThreadPriority } from './lower-priority';

// A worker thread that runs one long job (export, backup, the check of a backup before a
// restore) and ends: cancelling a job ends its thread. Bundled as its own entry, job-worker.js.

const data = workerData as JobData;
const port = parentPort!;
const send = (m: FromJob): void => port.postMessage(m);

lowerThreadPriority();

let printing = 0;
const waiting = new Map<number, { resolve(): void; reject(err: Error): void }>();
port.on('message', (m: ToJob) => {
  const w = waiting.get(m.id);
  waiting.delete(m.id);
  if (m.error) w?.reject(new DossierError(m.error.code as ErrorCode, m.error.message));
  else w?.resolve();
});

/** The host's printer lives on the main thread: ask it, and wait for its answer. */
const printPdf: PdfPrinter = (html, outPath) =>
  new Promise((resolve, reject) => {
    const id = printing++;
    waiting.set(id, { resolve, reject });
    send({ type: 'print', id, html, outPath });
  });

async function main(): Promise<unknown> {
  const p = openWorkerProject(data.path, {
    nativeBinding: data.nativeBinding,
    now: () => new Date(data.now),
    log: consoleLog,
    emit: (name, payload) => send({ type: 'event', name, payload }),
    readonly: true,
  });
  try {
    const job = JOBS[data.name] as (p: unknown, input: unknown, host: unknown) => Promise<unknown>;
    return await job(p, data.input, { printPdf: data.canPrint ? printPdf : undefined });
  } finally {
    p.close();
  }
}

main().then(
  (value) => send({ type: 'done', value }),
  (err: unknown) =>
    send({
      type: 'failed',
      code: err instanceof DossierError ? err.code : 'internal',
      message: err instanceof DossierError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`,
    }),
);
