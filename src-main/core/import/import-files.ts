import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportFileResult, ImportItem, ImportRequest, ImportSummary } from '../../common/api/schemas/documents';
import { DossierError } from '../errors';
import { addVersion, documentRow, findByHash, findByUrl, insertDocument, type DocumentMeta } from '../library/documents';
import type { Project } from '../project';
import { extractDocument } from './extract';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
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

const tooLarge = (size: number): string =>
  `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`;

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

export const contentHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

async function importOne(p: Project, source: Source, overrides: ImportRequest['overrides']): Promise<ImportFileResult> {
  const file = source.name;
  const bytes = source.bytes();
  if (bytes.length > MAX_FILE_BYTES) throw new DossierError('import-failed', tooLarge(bytes.length));
  const extracted = await extractDocument(bytes, file);
  // Extractors assemble NFC text, so block ranges already fit the canonical text.
  const text = extracted.text;
  if (!text.trim()) throw new DossierError('import-failed', 'no text found in the file');
  const hash = contentHash(text);
  const meta: DocumentMeta = {
    title: overrides.title ?? extracted.meta.title ?? basename(file),
    outlet: overrides.outlet ?? extracted.meta.outlet ?? null,
    author: overrides.author ?? extracted.meta.author ?? null,
    url: overrides.url ?? extracted.meta.url ?? null,
    published: overrides.published ?? extracted.meta.published ?? null,
    language: overrides.language ?? extracted.meta.language ?? null,
  };
  const origin = basename(file);
  return p.db.transaction((): ImportFileResult => {
    const dup = findByHash(p, hash);
    if (dup) return { file, status: 'duplicate', existing: dup.uid, title: dup.title };
    const doc = { ...meta, title: meta.title.normalize('NFC'), text, blocks: extracted.blocks, contentHash: hash, origin };
    const target = overrides.versionOf ? documentRow(p, overrides.versionOf) : meta.url ? findByUrl(p, meta.url) : undefined;
    if (target) {
      addVersion(p, target.id, doc);
      return { file, status: 'version', uid: target.uid, title: doc.title, passages: doc.blocks.length };
    }
    const { uid } = insertDocument(p, doc);
    return { file, status: 'imported', uid, title: doc.title, passages: doc.blocks.length };
  }).immediate();
}

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * Imports every item; one bad file never stops the batch, and each document is written in
 * its own transaction, so it is in the project whole or not at all.
 */
export async function importFiles(p: Project, req: ImportRequest): Promise<ImportSummary> {
  const jobId = req.jobId ?? randomUUID();
  const job = { cancelled: false };
  p.jobs.set(jobId, job);
  const results: ImportFileResult[] = [];
  try {
    const sources = req.items.flatMap(sourcesOf);
    for (const [i, source] of sources.entries()) {
      if (job.cancelled) {
        results.push({ file: source.name, status: 'cancelled' });
        continue;
      }
      p.emit('import.progress', { jobId, done: i, total: sources.length, current: basename(source.name) });
      try {
        results.push(await importOne(p, source, req.overrides));
      } catch (err) {
        const reason = err instanceof DossierError ? err.message : `unexpected error: ${(err as Error).message}`;
        if (!(err instanceof DossierError)) p.log.error(`import of ${source.name} failed`, err);
        results.push({ file: source.name, status: 'failed', reason });
      }
      await yieldToEventLoop();
    }
    p.emit('import.progress', { jobId, done: sources.length, total: sources.length, current: '' });
  } finally {
    p.jobs.delete(jobId);
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
  if (job) job.cancelled = true;
}
