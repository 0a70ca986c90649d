import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, it } from 'vitest';
import { fold } from '@common/text/fold';
import { IndexForms } from '../../src-main/core/text/index-forms';
import { detectLanguage, languageCode } from '../../src-main/core/text/language';
import { extractDocument } from '../../src-main/core/import/extract';
import type { Extracted } from '../../src-main/core/import/extract-text';
import { importFiles } from '../../src-main/core/import/import-files';
import { contentHash } from '../../src-main/core/import/prepare-document';
import { createProject } from '../../src-main/core/session';
import { generateArticle, type GeneratedArticle } from '../helpers/generate-articles';
import { ms, report, type Row } from './harness';

// Import throughput: 10,000 generated scraped articles through importFiles (decode, clean,
// blocks, one transaction per document with its search rows) into a fresh project, against a
// baseline in the same run: the same rows written with raw better-sqlite3 inserts.

const COUNT = Number(process.env.IMPORT_BENCH_COUNT ?? 10_000);
const BATCH = 500;
const SEED = 7;

async function pipeline(dir: string, corpus: GeneratedArticle[]): Promise<{ ms: number; docs: number; passages: number; batchMs: number[] }> {
  const p = createProject(join(dir, 'pipeline.dossier'));
  const t = process.hrtime.bigint();
  let docs = 0;
  let passages = 0;
  // Per-batch times show whether the cost per document grows with the project.
  const batchMs: number[] = [];
  for (let i = 0; i < corpus.length; i += BATCH) {
    const tb = process.hrtime.bigint();
    const items = corpus.slice(i, i + BATCH).map((a) => ({ kind: 'text' as const, name: a.name, text: a.text }));
    const sum = await importFiles(p, { items, overrides: {} });
    if (sum.failed) throw new Error(`${sum.failed} failed: ${sum.results.find((r) => r.status === 'failed')?.reason}`);
    docs += sum.imported;
    passages += sum.results.reduce((n, r) => n + (r.passages ?? 0), 0);
    batchMs.push(Math.round(ms(tb)));
  }
  const took = ms(t);
  p.close();
  return { ms: took, docs, passages, batchMs };
}

/**
 * The floor: the same documents, versions, blocks and index rows (folded as search needs them),
 * inserted with raw prepared statements on a project with the same pragmas, `group` documents
 * per transaction. With `forms`, the index rows also hold what multilingual search adds (each
 * passage's stems and name keys, the language from metadata or detected): the difference is
 * what that analysis costs an import, measured in the same run.
 */
function baseline(dir: string, extracted: Extracted[], group: number, forms = false): number {
  const p = createProject(join(dir, `baseline-${group}${forms ? '-forms' : ''}.dossier`));
  const db = p.db;
  const doc = db.prepare(
    `INSERT INTO documents (uid, title, published, origin, current_version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)`,
  );
  const ver = db.prepare('INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, ?, ?)');
  const blk = db.prepare('INSERT INTO blocks (version_id, position, kind, level, start, "end", credit) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const item = db.prepare('INSERT INTO search_items (kind, ref_id, document_id, date, start) VALUES (?, ?, ?, ?, ?)');
  const fts = db.prepare('INSERT INTO search_fts (rowid, title, body, stems, keys) VALUES (?, ?, ?, ?, ?)');
  const row = (id: number | bigint, title: string, body: string, lang: string | null): void => {
    const t = fold(title);
    const b = fold(body);
    const f = forms ? new IndexForms().add(title, t, lang).add(body, b, lang) : null;
    fts.run(id, t, b, f?.stems ?? '', f?.keys ?? '');
  };
  const now = new Date().toISOString();
  const insert = (x: Extracted, n: number): void => {
    const title = x.meta.title ?? `doc ${n}`;
    const id = Number(doc.run(`uid-${n}`, title, x.meta.published ?? null, `a${n}.txt`, now, now).lastInsertRowid);
    const vid = Number(ver.run(id, x.text, contentHash(x.text), `a${n}.txt`, now).lastInsertRowid);
    const lang = forms ? (languageCode(x.meta.language) ?? detectLanguage(x.text.slice(0, 2000))) : null;
    row(item.run('document', id, id, x.meta.published ?? null, 0).lastInsertRowid, title, '', lang);
    x.blocks.forEach((b, i) => {
      const bid = Number(blk.run(vid, i, b.kind, b.level, b.start, b.end, b.credit).lastInsertRowid);
      row(item.run('passage', bid, id, x.meta.published ?? null, b.start).lastInsertRowid, '', x.text.slice(b.start, b.end), lang);
    });
  };
  const t = process.hrtime.bigint();
  for (let i = 0; i < extracted.length; i += group) {
    db.transaction(() => extracted.slice(i, i + group).forEach((x, k) => insert(x, i + k))).immediate();
  }
  const took = ms(t);
  p.close();
  return took;
}

describe('import', () => {
  it(`imports ${COUNT} generated articles`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
    try {
      const corpus = Array.from({ length: COUNT }, (_, i) => generateArticle(SEED, i));
      const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
      const tx = process.hrtime.bigint();
      const extracted: Extracted[] = [];
      for (const a of corpus) extracted.push(await extractDocument(Buffer.from(a.text), a.name));
      const extractMs = ms(tx);
      const passages = extracted.reduce((n, x) => n + x.blocks.length, 0);

      const full = await pipeline(dir, corpus);
      const perDoc = baseline(dir, extracted, 1);
      const grouped = baseline(dir, extracted, 25);
      const withForms = baseline(dir, extracted, 25, true);
      const row = (name: string, took: number, docs: number, pass: number): Row => ({
        step: name,
        documents: docs,
        passages: pass,
        seconds: took / 1000,
        'docs/s': Math.round(docs / (took / 1000)),
        'passages/s': Math.round(pass / (took / 1000)),
      });
      const rows: Row[] = [
        row('importFiles (decode, clean, store, index)', full.ms, full.docs, full.passages),
        row('  of which extraction only (no database)', extractMs, COUNT, passages),
        row('baseline: raw inserts of the same rows, 25 docs per commit', grouped, COUNT, passages),
        row('baseline: raw inserts of the same rows, 1 doc per commit', perDoc, COUNT, passages),
        row('baseline 25 per commit + multilingual forms (stems, keys, language)', withForms, COUNT, passages),
        { step: 'ratio baseline with forms / without (time)', seconds: withForms / grouped },
        { step: 'ratio importFiles / baseline 25 per commit (time)', seconds: full.ms / grouped },
      ];
      report('import', rows, { count: COUNT, batch: BATCH, seed: SEED, corpusMiB: bytes / 2 ** 20, target: '>= 300 docs/s on 2 cores', batchMs: full.batchMs });
      console.log(`ms per batch of ${BATCH}: ${full.batchMs.join(' ')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
