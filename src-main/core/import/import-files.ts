import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportFileResult, ImportItem, ImportRequest, ImportSummary } from '@common/api/schemas/documents';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { Extractor } from './extract-off-thread';
import { MAX_FILE_BYTES, tooLarge, type Prepared } from './prepare-document';
import { importFailure } from './store-documents';

export const IMPORTABLE = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf']);

/** One thing to import: its display name and a way to get its bytes. */
interface Source {
  name: string;
  bytes: () => Buffer;
}

function walk(dir: string, out: Source[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && IMPORTABLE.has(extname(entry.name).toLowerCase())) out.push(fileSource(full));
  }
}

function fileSource(path: string): Source {
  return {
    name: path,
    bytes: () => {
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) throw new DossierError('import-failed', tooLarge(size));
      return readFileSync(path);
    },
  };
}

function sourcesOf(item: ImportItem): Source[] {
  switch (item.kind) {
    case 'path': {
      let isDir: boolean;
      try {
        isDir = statSync(item.path).isDirectory();
      } catch {
        return [{ name: item.path, bytes: () => { throw new DossierError('import-failed', 'file not found'); } }];
      }
      if (!isDir) return [fileSource(item.path)];
      const out: Source[] = [];
      walk(item.path, out);
      return out;
    }
    case 'data':
      return [{ name: item.name, bytes: () => Buffer.from(item.base64, 'base64') }];
    case 'text':
      return [{ name: item.name ?? 'pasted.txt', bytes: () => Buffer.from(item.text, 'utf8') }];
  }
}

// A group is committed once it holds this many documents, bytes or milliseconds of work.
const GROUP_DOCS = 25;
const GROUP_BYTES = 16 * 1024 * 1024;
const GROUP_MS = 200;

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * Imports every item; one bad file never stops the batch, and each document is stored whole
 * or not at all. Reading and extracting (async: PDF, HTML) happen outside any transaction, so
 * no other call of the app can end up inside an import's transaction.
 */
export async function importFiles(p: Project, req: ImportRequest): Promise<ImportSummary> {
  const jobId = req.jobId ?? randomUUID();
  const extractor = new Extractor(p);
  const job = { cancelled: false, cancel: () => extractor.cancel() };
  p.jobs.set(jobId, job);
  const results: ImportFileResult[] = [];
  try {
    const sources = req.items.flatMap(sourcesOf);
    let reported = 0;
    // Results arrive out of order (a failure at once, a stored file at its group's commit): each is told in order.
    const report = (): void => {
      for (; results[reported]; reported++) p.emit('import.file', { jobId, result: results[reported]! });
    };
    let group: { index: number; prepared: Prepared }[] = [];
    let groupBytes = 0;
    let groupStart = Date.now();
    const flush = async (): Promise<void> => {
      const stored = await extractor.store(group.map((g) => g.prepared), req.overrides);
      group.forEach((g, k) => (results[g.index] = stored[k]!));
      report();
      group = [];
      groupBytes = 0;
      groupStart = Date.now();
    };
    for (const [i, source] of sources.entries()) {
      if (job.cancelled) {
        results[i] = { file: source.name, status: 'cancelled' };
        report();
        continue;
      }
      p.emit('import.progress', { jobId, done: i, total: sources.length, current: basename(source.name) });
      try {
        const prepared = await extractor.read(source.bytes(), source.name, req.overrides);
        group.push({ index: i, prepared });
        groupBytes += prepared.bytes;
      } catch (err) {
        // The file being read when Cancel came was stopped, not broken: it is not imported.
        results[i] = job.cancelled ? { file: source.name, status: 'cancelled' } : importFailure(source.name, err, p);
        report();
      }
      if (group.length >= GROUP_DOCS || groupBytes >= GROUP_BYTES || Date.now() - groupStart >= GROUP_MS) await flush();
      await yieldToEventLoop();
    }
    if (group.length) await flush();
    p.emit('import.progress', { jobId, done: sources.length, total: sources.length, current: '' });
  } finally {
    p.jobs.delete(jobId);
    await extractor.close();
  }
  const count = (s: ImportFileResult['status']): number => results.filter((r) => r.status === s).length;
  return {
    jobId,
    results,
    imported: count('imported') + count('version'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled: job.cancelled,
  };
}

export function cancelImport(p: Project, jobId: string): void {
  const job = p.jobs.get(jobId);
  if (!job) return;
  job.cancelled = true;
  job.cancel?.();
}
