import { create } from 'zustand';
import type { ImportFileResult, ImportOverrides } from '@common/api/schemas/documents';
import { onEvent } from '../../../bridge/api';
import { mutate } from '../../../bridge/mutate';
import { chunkSources, MAX_SEND_BYTES, sourceName, toItem, type ImportSource } from './import-sources';

export type ImportPhase = 'idle' | 'running' | 'done';

interface ImportJobState {
  phase: ImportPhase;
  jobId: string | null;
  done: number;
  total: number;
  current: string;
  results: ImportFileResult[];
  cancelled: boolean;
  /** Starts an import; false when one is already running (one at a time keeps progress readable). */
  start(sources: ImportSource[], overrides?: ImportOverrides): boolean;
  cancel(): void;
  clear(): void;
}

const newJobId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;

const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;

export const useImportJob = create<ImportJobState>((set, get) => {
  /** Sends the chunks one request at a time; progress events fill the bar between answers. */
  async function run(jobId: string, sources: ImportSource[], overrides: ImportOverrides): Promise<void> {
    const tooBig = (s: ImportSource): boolean => s.kind === 'file' && s.file.size > MAX_SEND_BYTES;
    const chunks = chunkSources(sources.filter((s) => !tooBig(s)));
    const results: ImportFileResult[] = sources.filter(tooBig).map((s) => ({
      file: sourceName(s),
      status: 'failed',
      reason: `file is ${s.kind === 'file' ? mb(s.file.size) : ''}, too large to send to the Dossier host`,
    }));
    let before = results.length;
    let after = sources.length - results.length;
    const off = onEvent('import.progress', (p) => {
      if (p.jobId !== jobId || get().jobId !== jobId) return;
      // The closing event of a request names no file; keep the last one until the next request starts.
      set({ done: before + p.done, total: before + p.total + after, ...(p.current ? { current: p.current } : {}) });
    });
    try {
      for (const chunk of chunks) {
        after -= chunk.length;
        if (get().cancelled) {
          results.push(...chunk.map((s) => ({ file: sourceName(s), status: 'cancelled' as const })));
          continue;
        }
        set({ current: sourceName(chunk[0]!), results: [...results] });
        try {
          const items = await Promise.all(chunk.map(toItem));
          if (get().cancelled) {
            results.push(...chunk.map((s) => ({ file: sourceName(s), status: 'cancelled' as const })));
            continue;
          }
          const summary = await mutate('documents.import', { items, overrides, jobId });
          results.push(...summary.results);
        } catch (e) {
          results.push(...chunk.map((s) => ({ file: sourceName(s), status: 'failed' as const, reason: (e as Error).message })));
        }
        before = results.length;
        set({ done: before, total: before + after, results: [...results] });
      }
    } finally {
      off();
      set({ phase: 'done', results: [...results], done: results.length, total: results.length, current: '' });
    }
  }

  return {
    phase: 'idle',
    jobId: null,
    done: 0,
    total: 0,
    current: '',
    results: [],
    cancelled: false,
    start(sources, overrides = {}) {
      if (get().phase === 'running' || sources.length === 0) return false;
      const jobId = newJobId();
      set({ phase: 'running', jobId, done: 0, total: sources.length, current: '', results: [], cancelled: false });
      void run(jobId, sources, overrides);
      return true;
    },
    cancel() {
      const { jobId, phase } = get();
      if (phase !== 'running' || !jobId) return;
      set({ cancelled: true });
      void mutate('documents.cancelImport', { jobId }).catch(() => undefined);
    },
    clear() {
      if (get().phase !== 'running') set({ phase: 'idle', jobId: null, results: [], done: 0, total: 0, current: '', cancelled: false });
    },
  };
});

/** "Importing 12 of 40 · file.txt" for the status bar, or null when no import runs. */
export function importStatusText(s: Pick<ImportJobState, 'phase' | 'done' | 'total' | 'current'>): string | null {
  if (s.phase !== 'running') return null;
  const name = s.current.split(/[\\/]/).pop();
  return `Importing ${s.done} of ${s.total}${name ? ` · ${name}` : ''}`;
}
