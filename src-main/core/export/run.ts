import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportCounts, ExportFormat, ExportRequest, ExportResult } from '@common/api/schemas/export';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { collect } from './collect';
import { toBib } from './bibtex';
import { unresolvedMentions } from './claim-references';
import { toCslJson } from './csl';
import { annotationsCsv, claimsCsv } from './csv';
import { toDocx } from './docx';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { countsOf, type ExportBundle, type Progress } from './model';
import type { PdfPrinter } from './pdf';
import { omittedOf, REACH, writtenCounts } from './reach';
import { toQdpx } from '../interchange/qdpx';
import { toW3c } from '../interchange/w3c';
import { verifyWritten } from './verify-written';

/** The bytes to write (null when the renderer wrote the file itself), with its own counts where only it knows them. */
type Rendered = Uint8Array | string | null | { data: Uint8Array; counts: ExportCounts };
type Render = (b: ExportBundle, req: ExportRequest, progress: Progress, printPdf: PdfPrinter | undefined, tmp: string) => Promise<Rendered>;

const RENDERERS: Record<ExportFormat, Render> = {
  md: async (b, _r, progress) => toMarkdown(b, progress),
  html: async (b, _r, progress) => toHtml(b, progress),
  // The printer writes the file itself (Chromium and Electron both print to a path).
  pdf: async (b, _r, progress, printPdf, tmp) => {
    if (!printPdf) throw new DossierError('internal', 'PDF export is not available here: this host has no PDF printer');
    await printPdf(toHtml(b, progress), tmp);
    return null;
  },
  docx: (b, _r, progress) => toDocx(b, progress),
  csv: async (b, r) => (r.csv === 'claims' ? claimsCsv(b) : annotationsCsv(b)),
  w3c: async (b, _r, progress) => `${JSON.stringify(toW3c(b, progress), null, 2)}\n`,
  qdpx: async (b, _r, progress) => toQdpx(b, progress),
  csl: async (b) => toCslJson(b),
  bibtex: async (b) => toBib(b, 'bibtex'),
  biblatex: async (b) => toBib(b, 'biblatex'),
};

/** Refuses destinations that would overwrite the open project or its journal files, or any file unless asked to. */
function checkDestination(p: Project, target: string, overwrite: boolean): void {
  const project = resolve(p.path);
  if ([project, `${project}-wal`, `${project}-shm`].includes(target)) {
    throw new DossierError('invalid-input', 'an export cannot overwrite the project file');
  }
  try {
    if (statSync(target).isDirectory()) throw new DossierError('invalid-input', `${target} is a folder; give a file name`);
  } catch (err) {
    if (err instanceof DossierError) throw err;
  }
  if (!overwrite && existsSync(target)) {
    throw new DossierError('conflict', `${basename(target)} exists already; choose another name or confirm replacing it (--force on the command line)`);
  }
}

/** Writes all of `data` to a new file and flushes it to the disk (a failed write throws: ENOSPC, EIO). */
function writeDurably(path: string, data: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a file another writer made (the PDF printer) to the disk. */
function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const asBytes = (out: Uint8Array | string): Uint8Array => (typeof out === 'string' ? Buffer.from(out, 'utf8') : out);

/**
 * Writes one export: reads the scope, renders the format, and writes the file through a
 * temporary sibling, read back and checked (a PDF to its trailer, a zip through its central
 * directory) before it is renamed into place: a failed or cut-short export never leaves half a
 * file, never replaces the target and is never reported as written.
 * Emits 'export.progress' as documents are written.
 */
export async function runExport(p: Project, req: ExportRequest, printPdf?: PdfPrinter): Promise<ExportResult> {
  const jobId = req.jobId ?? randomUUID();
  const target = resolve(req.path);
  checkDestination(p, target, req.overwrite);
  mkdirSync(dirname(target), { recursive: true });
  let last = 0;
  const progress: Progress = (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    p.emit('export.progress', { jobId, done, total });
  };
  const bundle = collect(p, req.scope);
  // done/total is a fraction: the unit is documents for the notes formats, annotations for W3C.
  p.emit('export.progress', { jobId, done: 0, total: 1 });
  // The job id comes from the caller: never part of a path.
  const tmp = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.partial`);
  let own: ExportCounts | undefined;
  try {
    const out = await RENDERERS[req.format](bundle, req, progress, printPdf, tmp);
    let expected: Uint8Array | null = null;
    if (out !== null) {
      if (typeof out === 'object' && 'counts' in out) own = out.counts;
      expected = asBytes(typeof out === 'object' && 'counts' in out ? out.data : out);
      writeDurably(tmp, expected);
    } else flushToDisk(tmp);
    verifyWritten(req.format, readFileSync(tmp), expected);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  p.emit('export.progress', { jobId, done: 1, total: 1 });
  const counts = writtenCounts(req.format, bundle, req, own);
  return {
    jobId,
    format: req.format,
    path: target,
    bytes: statSync(target).size,
    counts,
    carries: REACH[req.format],
    omitted: omittedOf(req.format, countsOf(bundle), counts),
    // Arguments are only written by the notes formats: their unlinked mentions matter there.
    warnings: counts.arguments ? unresolvedMentions(bundle) : [],
  };
}
