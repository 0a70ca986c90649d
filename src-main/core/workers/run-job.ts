import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@common/api/errors';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { JOBS, type FromJob, type JobData, type JobHost, type JobInput, type JobName, type JobOutput, type ToJob } from './jobs';

// Runs a long job (export, backup, the check of a backup) in a worker thread, so the thread
// that answers the UI keeps answering: the worker's events (progress) are emitted here, its
// print requests go to the host's printer, and cancel() ends the thread. Without a worker
// script (tests from source) the job runs here.

/** Temporary files a job writes beside `target` before renaming it into place (see export/run.ts, backup/backup.ts). */
export function removePartials(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const n of names) {
    if (n.startsWith(prefix) && /\.(?:partial|restoring)(?:-wal|-shm|-journal)?$/.test(n)) rmSync(join(dirname(target), n), { force: true });
  }
}

export interface JobOptions {
  host?: JobHost;
  /** Registers the job under this id in p.jobs, so it can be cancelled. */
  jobId?: string;
  /** The file the job writes: its temporary siblings are removed when the job is cancelled or fails. */
  target?: string;
}

export function runJob<N extends JobName>(p: Project, name: N, input: JobInput<N>, options: JobOptions = {}): Promise<JobOutput<N>> {
  const host = options.host ?? {};
  if (!p.workerDir) return (JOBS[name] as (p: Project, i: unknown, h: JobHost) => Promise<JobOutput<N>>)(p, input, host);
  const data: JobData = { name, input, path: p.path, nativeBinding: p.nativeBinding, now: p.now(), canPrint: !!host.printPdf };
  const worker = new Worker(join(p.workerDir, 'job-worker.js'), { workerData: data });
  return new Promise<JobOutput<N>>((resolve, reject) => {
    let settled = false;
    const finish = (err: DossierError | null, value?: unknown): void => {
      if (settled) return;
      settled = true;
      if (options.jobId) p.jobs.delete(options.jobId);
      // The thread ends with its job; a cancelled or failed job's temporary files go with it
      // before the caller hears of it.
      void worker.terminate().then(() => {
        if (!err) return resolve(value as JobOutput<N>);
        if (options.target) removePartials(options.target);
        reject(err);
      });
    };
    if (options.jobId) {
      p.jobs.set(options.jobId, { cancelled: false, cancel: () => finish(new DossierError('cancelled', `the ${name} was cancelled; nothing was written`)) });
    }
    worker.on('message', (m: FromJob) => {
      if (m.type === 'event') p.emit(m.name as never, m.payload as never);
      else if (m.type === 'done') finish(null, m.value);
      else if (m.type === 'failed') finish(new DossierError(m.code as ErrorCode, m.message));
      else if (m.type === 'print') {
        host.printPdf!(m.html, m.outPath).then(
          () => worker.postMessage({ type: 'printed', id: m.id } satisfies ToJob),
          (err: Error) =>
            worker.postMessage({
              type: 'printed',
              id: m.id,
              error: { code: err instanceof DossierError ? err.code : 'internal', message: err.message },
            } satisfies ToJob),
        );
      }
    });
    worker.on('error', (err) => finish(new DossierError('internal', `the ${name} failed: ${err.message}`)));
    worker.on('exit', (code) => finish(new DossierError('internal', `the ${name} stopped before it ended (exit code ${code})`)));
  });
}
