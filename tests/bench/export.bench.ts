import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { contentHash } from '../../src-main/core/import/prepare-document';
import { collect } from '../../src-main/core/export/collect';
import { paragraphBlocks } from '../../src-main/core/interchange/import-write';
import { toMarkdown } from '../../src-main/core/export/markdown';
import { toQdpx } from '../../src-main/core/interchange/qdpx';
import { runExport } from '../../src-main/core/export/run';
import { createProject, type Project } from '../../src-main/core/session';
import { generateArticle } from '../helpers/generate-articles';
import { mulberry32 } from '../helpers/seeded-random';
import { ms, percentile, report, type Row } from './harness';

// `npm run bench -- export`: Markdown notes of 10,000 annotations (target ≤ 2 s) and a .qdpx
// of 1,000 documents (target ≤ 5 s), end to end through runExport (read, render, write).
// Baseline in the same run: reading the same rows with plain SQL, nothing rendered.
// The fixture projects are written with direct SQL inserts (creating 10,000 annotations
// through the API would measure the annotation code, not the export).

const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seedProject(name: string, documents: number, perDocument: number): Project {
  const p = createProject(join(dir, name));
  const r = mulberry32(documents * 31 + perDocument);
  const now = '2026-01-01T00:00:00.000Z';
  const uid = (): string => crypto.randomUUID();
  p.db.transaction(() => {
    const theme = p.db.prepare('INSERT INTO themes (uid, name, parent_id, color, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const themeIds: number[] = [];
    for (let i = 0; i < 24; i++) {
      const parent = i >= 6 ? themeIds[i % 6]! : null;
      themeIds.push(Number(theme.run(uid(), `Theme ${i} ${['Güvenlik', 'Ənerji', 'Қауіпсіздік'][i % 3]}`, parent, '#1c7ed6', i, now, now).lastInsertRowid));
    }
    const outlet = Number(p.db.prepare("INSERT INTO outlets (uid, name, kind, created_at, updated_at) VALUES (?, 'Azernews', 'private_media', ?, ?)").run(uid(), now, now).lastInsertRowid);
    const doc = p.db.prepare(
      `INSERT INTO documents (uid, title, outlet_id, author, url, published, origin, created_at, updated_at)
       VALUES (?, ?, ?, 'Leyla Məmmədova', ?, '2025-10-07', 'bench', ?, ?)`,
    );
    const version = p.db.prepare('INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, ?, ?)');
    const block = p.db.prepare('INSERT INTO blocks (version_id, position, kind, level, start, "end") VALUES (?, ?, ?, NULL, ?, ?)');
    const ann = p.db.prepare(
      `INSERT INTO annotations (uid, document_id, version, start, "end", exact, prefix, suffix, note, note_text, created_at, updated_at)
       VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const tag = p.db.prepare('INSERT OR IGNORE INTO annotation_themes (annotation_id, theme_id) VALUES (?, ?)');
    const claim = p.db.prepare("INSERT INTO claims (uid, statement, status, credibility, created_at, updated_at) VALUES (?, ?, 'open', 3, ?, ?)");
    const evidence = p.db.prepare('INSERT OR IGNORE INTO claim_evidence (claim_id, annotation_id, stance, position) VALUES (?, ?, ?, ?)');
    const annotationIds: number[] = [];
    for (let d = 0; d < documents; d++) {
      const { text: raw } = generateArticle(7, d);
      const text = raw.replace(/^(?:[A-Za-z]+: .*\n)+\n/, '');
      const docId = Number(doc.run(uid(), `Article ${d}: ${text.slice(0, 60).split('\n')[0]}`, outlet, `https://example.org/a/${d}`, now, now).lastInsertRowid);
      const versionId = Number(version.run(docId, text, contentHash(text), 'bench', now).lastInsertRowid);
      paragraphBlocks(text).forEach((b, i) => block.run(versionId, i, b.kind, b.start, b.end));
      for (let a = 0; a < perDocument; a++) {
        const start = Math.floor(r() * (text.length - 300));
        const end = start + 40 + Math.floor(r() * 200);
        const noteText = `Note ${a}: worth checking against a second outlet.`;
        const note = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: noteText }] }] });
        const id = Number(
          ann.run(uid(), docId, start, end, text.slice(start, end), text.slice(Math.max(0, start - 32), start), text.slice(end, end + 32), note, noteText, now, now)
            .lastInsertRowid,
        );
        annotationIds.push(id);
        tag.run(id, themeIds[Math.floor(r() * themeIds.length)]!);
        if (r() < 0.5) tag.run(id, themeIds[Math.floor(r() * themeIds.length)]!);
      }
    }
    for (let c = 0; c < annotationIds.length / 50; c++) {
      const id = Number(claim.run(uid(), `Claim ${c} about the corridor`, now, now).lastInsertRowid);
      for (let e = 0; e < 3; e++) evidence.run(id, annotationIds[Math.floor(r() * annotationIds.length)]!, e === 2 ? 'context' : 'supports', e);
    }
  })();
  return p;
}

/** The baseline: the same rows an export needs, read with plain SQL and nothing else. */
function readRows(p: Project): number {
  const a = p.db.prepare('SELECT a.*, (SELECT group_concat(theme_id) FROM annotation_themes WHERE annotation_id = a.id) AS t FROM annotations a').all();
  const d = p.db.prepare('SELECT d.*, v.text FROM documents d JOIN document_versions v ON v.document_id = d.id').all();
  const c = p.db.prepare('SELECT * FROM claims c JOIN claim_evidence e ON e.claim_id = c.id').all();
  return a.length + d.length + c.length;
}

function median(f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    f();
    times.push(ms(t));
  }
  return percentile(times, 50);
}

async function medianAsync(f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await f();
    times.push(ms(t));
  }
  return percentile(times, 50);
}

describe('export bench', () => {
  it('Markdown of 10,000 annotations and .qdpx of 1,000 documents', async () => {
    const rows: Row[] = [];
    const add = (caseName: string, took: number, base: number, target: number | null, extra: Row = {}): void => {
      rows.push({ case: caseName, median_ms: took, ratio_to_read: took / base, target_ms: target ?? '', ...extra });
    };

    const notes = seedProject('notes.dossier', 500, 20);
    const base = median(() => readRows(notes));
    add('notes: read rows (baseline, 10,000 annotations)', base, base, null);
    add('notes: collect (project scope)', median(() => collect(notes, { kind: 'project' })), base, null);
    const bundle = collect(notes, { kind: 'project' });
    add('notes: render Markdown', median(() => toMarkdown(bundle)), base, null);
    const md = join(dir, 'notes.md');
    const mdMs = await medianAsync(() => runExport(notes, { format: 'md', scope: { kind: 'project' }, path: md, csv: 'annotations', overwrite: true }));
    add('notes: export.run md end to end', mdMs, base, 2000, { bytes: statSync(md).size });
    notes.close();

    const corpus = seedProject('corpus.dossier', 1000, 5);
    const base2 = median(() => readRows(corpus));
    add('corpus: read rows (baseline, 1,000 documents)', base2, base2, null);
    const bundle2 = collect(corpus, { kind: 'project' });
    add('corpus: render .qdpx (XML + zip)', median(() => toQdpx(bundle2)), base2, null);
    const qdpx = join(dir, 'corpus.qdpx');
    const qMs = await medianAsync(() => runExport(corpus, { format: 'qdpx', scope: { kind: 'project' }, path: qdpx, csv: 'annotations', overwrite: true }));
    add('corpus: export.run qdpx end to end', qMs, base2, 5000, { bytes: statSync(qdpx).size });
    corpus.close();

    report('export', rows, { runs: RUNS, notes: '500 documents × 20 annotations, 24 themes, 200 claims', corpus: '1,000 documents × 5 annotations' });
  });
});
