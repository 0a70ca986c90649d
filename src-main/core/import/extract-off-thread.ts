import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@common/api/errors';
import type { ImportFileResult, ImportRequest } from '@common/api/schemas/documents';
import { DossierError } from '../errors';
import type { Project } from '../session';
import type { ImportJob } from './extract-worker';
import { prepareDocument, type Prepared } from './prepare-document';
import { storeGroup } from './store-documents';

// An import's files are read (jsdom, Readability, pdf.js, text) and stored (indexing, copy
// detection, SQLite writes) in a worker thread, so the process that answers the UI keeps
// answering whatever a file does; a file whose reading takes longer than the time limit is
// refused and its worker ended (HTML and PDF: text is read in linear time). Without a worker script (tests of the parsers run from source)
// the work runs in place.

export const EXTRACT_TIME_LIMIT_MS = 8_000;
/** Parsers whose work can grow faster than the file: only these are timed (text is read in linear time). */
const TIMED = new Set(['.html', '.htm', '.xhtml', '.pdf']);

type Overrides = ImportRequest['overrides'];
type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; code: ErrorCode; message: string };
type Job = ImportJob extends infer J ? (J extends ImportJob ? Omit<J, 'id'> : never) : never;

/** One import's worker: started on first need, reused for the batch, ended by close(). */
export class Extractor {
  #worker: Worker | undefined;
  #next = 0;
  #abort: ((err: DossierError) => void) | undefined;

  constructor(
    private readonly p: Project,
    private readonly timeLimitMs = EXTRACT_TIME_LIMIT_MS,
  ) {}

  /** Reads one file into a document ready to store (cancellable; HTML and PDF time-limited). */
  read(bytes: Uint8Array, name: string, overrides: Overrides): Promise<Prepared> {
    if (!this.p.workerDir) return prepareDocument(bytes, name, overrides);
    return this.#send({ kind: 'prepare', bytes, name, overrides }, { timed: TIMED.has(extname(name).toLowerCase()), cancellable: true }) as Promise<Prepared>;
  }

  /** Stores a group of read files in one transaction (never cut short: it commits or rolls back whole). */
  store(group: Prepared[], overrides: Overrides): Promise<ImportFileResult[]> {
    if (!this.p.workerDir) return Promise.resolve(storeGroup(this.p, group, overrides));
    return this.#send({ kind: 'store', group, overrides, now: this.p.now() }, { timed: false, cancellable: false }) as Promise<ImportFileResult[]>;
  }

  #send(job: Job, { timed, cancellable }: { timed: boolean; cancellable: boolean }): Promise<unknown> {
    const worker = (this.#worker ??= new Worker(join(this.p.workerDir!, 'extract-worker.js'), {
      workerData: { path: this.p.path, nativeBinding: this.p.nativeBinding },
    }));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        this.#abort = undefined;
      };
      const stop = (err: DossierError): void => {
        done();
        // The worker may be stuck in the file: end it; the next file gets a new one.
        void worker.terminate();
        if (this.#worker === worker) this.#worker = undefined;
        reject(err);
      };
      const onMessage = (a: Answer): void => {
        if (a.id !== id) return;
        done();
        if (a.ok) resolve(a.value);
        else reject(new DossierError(a.code, a.message));
      };
      const onError = (err: Error): void => stop(new DossierError('import-failed', `the file could not be read: ${err.message}`));
      const timer = timed
        ? setTimeout(
            () => stop(new DossierError('import-failed', `reading the file took longer than ${this.timeLimitMs / 1000} s; it was skipped (a page this complex is not an article)`)),
            this.timeLimitMs,
          )
        : undefined;
      if (cancellable) this.#abort = stop;
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ ...job, id });
    });
  }

  /** Ends the file being read now (a cancelled import); a group being stored finishes. */
  cancel(): void {
    this.#abort?.(new DossierError('cancelled', 'the import was cancelled'));
  }

  async close(): Promise<void> {
    const w = this.#worker;
    this.#worker = undefined;
    await w?.terminate();
  }
}
