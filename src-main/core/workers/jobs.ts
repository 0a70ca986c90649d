import type { ExportRequest, ExportResult } from '@common/api/schemas/export';
import { backup, stageRestore } from '../backup/backup';
import type { PdfPrinter } from '../export/pdf';
import { runExport } from '../export/run';
import type { Project } from '../session';

// The long work a worker thread runs for the main thread, by name: each job reads the project
// through the worker's own connection (WAL keeps it consistent while the app goes on writing).

export interface JobHost {
  /** Prints through the host (Electron's printToPDF, or Chromium), which only the main thread can reach. */
  printPdf?: PdfPrinter;
}

export const JOBS = {
  export: (p: Project, req: ExportRequest, host: JobHost): Promise<ExportResult> => runExport(p, req, host.printPdf),
  backup: (p: Project, { dest }: { dest: string }): Promise<{ path: string; sizeBytes: number }> => backup(p, dest),
  'stage-restore': async (p: Project, { file, target }: { file: string; target: string }): Promise<string> =>
    stageRestore(file, target, { nativeBinding: p.nativeBinding }),
} satisfies Record<string, (p: Project, input: never, host: JobHost) => Promise<unknown>>;

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;

/** Messages from a job's worker to the main thread. */
export type FromJob =
  | { type: 'event'; name: string; payload: unknown }
  | { type: 'print'; id: number; html: string; outPath: string }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; code: string; message: string };

/** Messages from the main thread to a job's worker: the answer to a print request. */
export type ToJob = { type: 'printed'; id: number; error?: { code: string; message: string } };

export interface JobData {
  name: JobName;
  input: unknown;
  path: string;
  nativeBinding?: string;
  now: string;
  canPrint: boolean;
}
