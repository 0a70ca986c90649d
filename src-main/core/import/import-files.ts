import { safeUrl } from '@common/text/safe-url';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportFileResult, ImportItem, ImportRequest, ImportSummary } from '@common/api/schemas/documents';
import { DossierError } from '../errors';
import { addVersion, documentRow, findByUrl, findDuplicate, insertDocument, outletOfNew, type DocumentMeta, type NewDocument } from '../library/documents';
import type { Project } from '../session';
import { analyseDocument } from '../copies/analyse';
import { Extractor } from './extract-off-thread';

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

/** A source read and extracted, ready to be stored: all the slow work, none of it in a transaction. */
interface Prepared {
  file: string;
  bytes: number;
  doc: NewDocument;
}

async function prepare(source: Source, overrides: ImportRequest['overrides'], extractor: Extractor): Promise<Prepared> {
  const file = source.name;
  const bytes = source.bytes();
  if (bytes.length > MAX_FILE_BYTES) throw new DossierError('import-failed', tooLarge(bytes.length));
  const extracted = await extractor.extract(bytes, file, overrides.published);
  // Extractors assemble NFC text, so block ranges already fit the canonical text.
  const text = extracted.text;
  if (!text.trim()) throw new DossierError('import-failed', 'no text found in the file');
  const meta: DocumentMeta = {
    title: (overrides.title ?? extracted.meta.title ?? basename(file)).normalize('NFC'),
    outlet: overrides.outlet ?? extracted.meta.outlet ?? null,
    author: overrides.author ?? extracted.meta.author ?? null,
    // A `URL:` header line is the file's say-so: only a web or mail address is kept.
    url: overrides.url ?? safeUrl(extracted.meta.url),
    published: overrides.published ?? extracted.meta.published ?? null,
    language: overrides.language ?? extracted.meta.language ?? null,
    dateline: extracted.dateline,
  };
  const doc = { ...meta, text, blocks: extracted.blocks, contentHash: contentHash(text), origin: basename(file) };
  return { file, bytes: bytes.length, doc };
}

function store(p: Project, { file, doc }: Prepared, overrides: ImportRequest['overrides']): ImportFileResult {
  const target = overrides.versionOf ? documentRow(p, overrides.versionOf) : doc.url ? findByUrl(p, doc.url) : undefined;
  // A new version keeps its document's outlet. An outlet created here is new, so nothing can
  // repeat it: the document is then stored under it.
  const outletId = target ? target.outlet_id : outletOfNew(p, doc);
  const dup = findDuplicate(p, doc, outletId);
  if (dup) return { file, status: 'duplicate', existing: dup.uid, title: dup.title };
  if (target) {
    addVersion(p, target.id, doc);
    analyseDocument(p, target.id);
    return { file, status: 'version', uid: target.uid, title: doc.title, passages: doc.blocks.length };
  }
  const { id, uid } = insertDocument(p, doc, outletId);
  analyseDocument(p, id);
  return { file, status: 'imported', uid, title: doc.title, passages: doc.blocks.length };
}

const failure = (file: string, err: unknown, p: Project): ImportFileResult => {
  if (!(err instanceof DossierError)) p.log.error(`import of ${file} failed`, err);
  const reason = err instanceof DossierError ? err.message : `unexpected error: ${(err as Error).message}`;
  return { file, status: 'failed', reason };
};

/**
 * Stores prepared documents in one transaction, each in its own savepoint: a document that
 * fails rolls back alone, and a kill before the commit leaves none of them. One commit per
 * group instead of per file is what makes large imports fast (a commit is a disk sync).
 */
function storeGroup(p: Project, group: Prepared[], overrides: ImportRequest['overrides']): ImportFileResult[] {
  try {
    return p.db
      .transaction(() =>
        group.map((g) => {
          try {
            return p.db.transaction(() => store(p, g, overrides))();
          } catch (err) {
            return failure(g.file, err, p);
          }
        }),
      )
      .immediate();
  } catch (err) {
    return group.map((g) => failure(g.file, err, p));
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
  const extractor = new Extractor(p.workerDir);
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
    const flush = (): void => {
      const stored = storeGroup(p, group.map((g) => g.prepared), req.overrides);
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
        const prepared = await prepare(source, req.overrides, extractor);
        group.push({ index: i, prepared });
        groupBytes += prepared.bytes;
      } catch (err) {
        results[i] = failure(source.name, err, p);
        report();
      }
      if (group.length >= GROUP_DOCS || groupBytes >= GROUP_BYTES || Date.now() - groupStart >= GROUP_MS) flush();
      await yieldToEventLoop();
    }
    if (group.length) flush();
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
