import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@common/api/errors';
import { DossierError } from '../errors';
import { extractDocument } from './extract';

// HTML (jsdom, Readability) and PDF (pdf.js) are read in a worker thread, so the process that
// answers the UI keeps answering whatever a file does; a file that takes longer than the time
// limit is refused and its worker ended. Text and Markdown are read in place (linear, fast).
// Without a worker script (tests of the parsers run from source) files are read in place.

export const EXTRACT_TIME_LIMIT_MS = 8_000;
const OFF_THREAD = new Set(['.html', '.htm', '.xhtml', '.pdf']);

type Extracted = Awaited<ReturnType<typeof extractDocument>>;
type Answer = { id: number; ok: true; value: Extracted } | { id: number; ok: false; code: ErrorCode; message: string };

/** One import's reader: a worker started on first need, reused for the batch, ended by close(). */
export class Extractor {
  #worker: Worker | undefined;
  #next = 0;
  #abort: ((err: DossierError) => void) | undefined;

  constructor(
    private readonly workerDir: string | undefined,
    private readonly timeLimitMs = EXTRACT_TIME_LIMIT_MS,
  ) {}

  async extract(bytes: Uint8Array, name: string, published?: string): Promise<Extracted> {
    if (!this.workerDir || !OFF_THREAD.has(extname(name).toLowerCase())) return extractDocument(bytes, name, published);
    const worker = (this.#worker ??= new Worker(join(this.workerDir, 'extract-worker.js')));
    const id = this.#next++;
    return new Promise<Extracted>((resolve, reject) => {
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
      const timer = setTimeout(
        () => stop(new DossierError('import-failed', `reading the file took longer than ${this.timeLimitMs / 1000} s; it was skipped (a page this complex is not an article)`)),
        this.timeLimitMs,
      );
      this.#abort = stop;
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, bytes, name, published });
    });
  }

  /** Ends the file being read now (a cancelled import). */
  cancel(): void {
    this.#abort?.(new DossierError('cancelled', 'the import was cancelled'));
  }

  async close(): Promise<void> {
    const w = this.#worker;
    this.#worker = undefined;
    await w?.terminate();
  }
}
