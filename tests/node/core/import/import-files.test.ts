import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportFileResult, ImportProgress } from '@common/api/schemas/documents';
import { listCopies } from '../../../../src-main/core/copies/views';
import { dispatch } from '../../../../src-main/core/dispatch';
import { cancelImport, importFiles } from '../../../../src-main/core/import/import-files';
import { MAX_FILE_BYTES } from '../../../../src-main/core/import/prepare-document';
import { getDocument, listDocuments } from '../../../../src-main/core/library/documents';
import { createProject } from '../../../../src-main/core/session';
import { check } from '../../../../src-main/core/project/stats';
import { makePdf } from '../../../helpers/make-pdf';
import { dump, tempDir, tempSession } from '../../../helpers/temp-project';
import { SAMPLE } from '../../../helpers/samples';

const listAll = (p: Parameters<typeof listDocuments>[0]) => listDocuments(p, { sort: 'created', direction: 'asc', limit: 1000 });

function folderOfEveryFormat(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'sample.txt'), readFileSync(SAMPLE));
  writeFileSync(join(dir, 'nested', 'note.md'), '# Energy note\n\nTurkmen gas reaches Türkiye.\n');
  writeFileSync(
    join(dir, 'nested', 'deeper', 'page.html'),
    '<html lang="tr"><head><meta property="og:site_name" content="Anadolu Agency"><title>Ankara</title></head><body><p>Ankara ve Bakü.</p></body></html>',
  );
  writeFileSync(join(dir, 'nested', 'report.pdf'), makePdf(['Trend report', 'Caspian freight volumes grew.'], { title: 'Trend report' }));
  writeFileSync(join(dir, 'nested', 'ignored.docx'), 'not looked at');
  writeFileSync(join(dir, '.hidden.txt'), 'not looked at either');
  return dir;
}

describe('importFiles', () => {
  it('imports a folder of every format recursively, each whole with blocks and index rows', async () => {
    const s = tempSession();
    const sum = await importFiles(s.project, { items: [{ kind: 'path', path: folderOfEveryFormat() }], overrides: {} });
    expect(sum.results.map((r) => [r.file.split('/').pop(), r.status])).toEqual([
      ['page.html', 'imported'],
      ['note.md', 'imported'],
      ['report.pdf', 'imported'],
      ['sample.txt', 'imported'],
    ]);
    expect(sum).toMatchObject({ imported: 4, failed: 0, duplicates: 0, cancelled: false });
    const docs = listAll(s.project);
    expect(docs.map((d) => [d.title, d.outlet, d.language])).toEqual([
      ['Ankara', 'Anadolu Agency', 'tr'],
      ['Energy note', null, null],
      ['Trend report', null, null],
      ['Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World', null, null],
    ]);
    const sample = getDocument(s.project, docs[3]!.uid);
    expect(sample.blocks.filter((b) => b.kind === 'caption')).toHaveLength(5);
    expect(sample.text).not.toContain('Related news');
    const passages = s.project.db.prepare("SELECT count(*) AS n FROM search_items WHERE kind = 'passage'").get() as { n: number };
    const blocks = s.project.db.prepare('SELECT count(*) AS n FROM blocks').get() as { n: number };
    expect(passages.n).toBe(blocks.n);
    expect(check(s.project).ok).toBe(true);
  });

  it('imports pasted text and uploaded bytes, with overrides and normalised header dates', async () => {
    const s = tempSession();
    const sum = await importFiles(s.project, {
      items: [
        { kind: 'text', text: 'Title: Pasted\nPublished: 7 October 2025\nOutlet: Trend News Agency\n\nSome pasted words.' },
        { kind: 'data', name: 'up.md', base64: Buffer.from('# Uploaded\n\nBody.').toString('base64') },
        { kind: 'text', text: 'Title: Odd date\nPublished: around harvest time\n\nText with an unreadable date.' },
      ],
      overrides: {},
    });
    expect(sum.failed).toBe(0);
    const docs = listAll(s.project);
    expect(docs.map((d) => [d.title, d.published, d.outlet, d.origin])).toEqual([
      ['Pasted', '2025-10-07', 'Trend News Agency', 'pasted.txt'],
      ['Uploaded', null, null, 'up.md'],
      ['Odd date', null, null, 'pasted.txt'],
    ]);
    const over = await importFiles(s.project, {
      items: [{ kind: 'text', text: 'Override me.' }],
      overrides: { title: 'Given title', outlet: 'azertac', published: '2025-10', language: 'en', author: 'A. Author' },
    });
    expect(over.results[0]!.status).toBe('imported');
    // "azertac" is an alias of the shipped directory's AZERTAC: the outlet is created under that name.
    expect(getDocument(s.project, over.results[0]!.uid!)).toMatchObject({
      title: 'Given title', outlet: 'AZERTAC', published: '2025-10', language: 'en', author: 'A. Author',
    });
  });

  it('gives each bad file a clear result, imports the good ones, and changes nothing for the bad', async () => {
    const dir = tempDir();
    const files: Record<string, Buffer> = {
      'a-good.txt': Buffer.from('Title: Good\n\nA good article about the Middle Corridor.'),
      'b-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'c-empty.txt': Buffer.alloc(0),
      'd-undecodable.txt': Buffer.from(Array.from({ length: 500 }, (_, i) => 0x20 + ((i * 7919) % 0xdf))),
      'e-nulls.md': Buffer.from('text\u0000more', 'latin1'),
      'f-notext.html': Buffer.from('<html><body><script>alert(1)</script></body></html>'),
      'g-good.md': Buffer.from('# Second good\n\nBody.'),
      'h-word.docx': Buffer.from('PK\u0003\u0004', 'latin1'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const huge = join(dir, 'i-huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_FILE_BYTES + 1024 * 1024);
    const s = tempSession();
    const items = [...Object.keys(files), 'i-huge.txt', 'j-missing.txt'].map((n) => ({ kind: 'path' as const, path: join(dir, n) }));
    const sum = await importFiles(s.project, { items, overrides: {} });
    const byName = Object.fromEntries(sum.results.map((r) => [r.file.split('/').pop(), r.status === 'failed' ? r.reason : r.status]));
    expect(byName).toEqual({
      'a-good.txt': 'imported',
      'b-binary.txt': 'this is a binary file (PNG image), not text',
      'c-empty.txt': 'the file is empty',
      'd-undecodable.txt': expect.stringMatching(/^the text is not valid UTF-8 and its encoding could not be detected/),
      'e-nulls.md': 'this is a binary file (it contains NUL bytes), not text',
      'f-notext.html': 'no article text found in the HTML',
      'g-good.md': 'imported',
      'h-word.docx': '.docx files are not supported (txt, md, html, pdf are)',
      'i-huge.txt': 'file is 21.0 MB, over the 20 MB limit',
      'j-missing.txt': 'file not found',
    });
    expect(sum).toMatchObject({ imported: 2, failed: 8 });

    const clean = tempSession();
    const before = dump(clean.project);
    const bad = items.filter((i) => !/good/.test(i.path));
    const failed = await importFiles(clean.project, { items: bad, overrides: {} });
    expect(failed.failed).toBe(bad.length);
    expect(dump(clean.project)).toEqual(before);
  });

  it('sanitises HTML: no script, handler or javascript: URL is stored or indexed', async () => {
    const s = tempSession();
    const page = `<html><body><article><h1>Trend</h1><p onclick="alert(1)">Baku port <a href="javascript:alert(2)">volumes</a> rose.</p>
      <img src=x onerror=alert(3)><script>alert(4)</script><p>More <iframe src="javascript:alert(5)"></iframe>text.</p></article></body></html>`;
    const sum = await importFiles(s.project, { items: [{ kind: 'data', name: 'evil.html', base64: Buffer.from(page).toString('base64') }], overrides: {} });
    const doc = getDocument(s.project, sum.results[0]!.uid!);
    expect(doc.text).toBe('Trend\n\nBaku port volumes rose.\n\nMore text.');
    const stored = JSON.stringify(dump(s.project));
    for (const bad of ['alert', 'onclick', 'onerror', 'javascript:', '<script']) expect(stored).not.toContain(bad);
  });

  it('takes the same text from another outlet as a reprint (a document of its own, linked as a copy), and from the same outlet as a duplicate', async () => {
    const s = tempSession();
    const body = [
      'President Ilham Aliyev received a delegation led by the Minister of Foreign Affairs of Uzbekistan on October 7.',
      'The sides discussed the development of bilateral relations in the political, economic and humanitarian spheres.',
      'The head of state noted that trade turnover between the two countries grew by 42 percent over the past year.',
    ].join('\n\n');
    const imp = async (outlet: string | undefined, name: string): Promise<ImportFileResult> =>
      (await importFiles(s.project, { items: [{ kind: 'text', text: body, name }], overrides: { title: 'Talks', ...(outlet ? { outlet } : {}) } })).results[0]!;
    const azertac = await imp('AZERTAC', 'azertac.txt');
    const trend = await imp('Trend', 'trend.txt');
    const report = await imp('Report', 'report.txt');
    expect([azertac.status, trend.status, report.status]).toEqual(['imported', 'imported', 'imported']);
    // The same outlet under another of its names, or no outlet at all: the text is already here.
    expect(await imp('Trend News Agency', 'trend-again.txt')).toMatchObject({ status: 'duplicate', existing: trend.uid });
    expect(await imp(undefined, 'pasted.txt')).toMatchObject({ status: 'duplicate', existing: azertac.uid });
    expect(listAll(s.project).map((d) => d.outlet)).toEqual(['AZERTAC', 'Trend News Agency', 'Report.az']);
    const pairs = listCopies(s.project).pairs.map((pair) => pair.documents.slice().sort().join(' '));
    expect(pairs.sort()).toEqual([[azertac.uid, trend.uid], [azertac.uid, report.uid], [trend.uid, report.uid]].map((x) => x.sort().join(' ')).sort());
  });

  it('finds duplicates by content hash and stores a changed text as a new version (same URL or versionOf)', async () => {
    const s = tempSession();
    const v1 = 'Title: Corridor\nURL: https://www.azernews.az/business/1.html\n\nFreight grew by 60 percent.';
    const first = await importFiles(s.project, { items: [{ kind: 'text', text: v1 }], overrides: {} });
    const uid = first.results[0]!.uid!;
    const again = await importFiles(s.project, { items: [{ kind: 'text', text: v1.replace('Corridor', 'Renamed'), name: 'copy.txt' }], overrides: {} });
    expect(again.results[0]).toMatchObject({ status: 'duplicate', existing: uid, title: 'Corridor' });
    expect(again.duplicates).toBe(1);

    const v2 = v1.replace('60 percent', '62 percent');
    const second = await importFiles(s.project, { items: [{ kind: 'text', text: v2 }], overrides: {} });
    expect(second.results[0]).toMatchObject({ status: 'version', uid });
    const v3 = await importFiles(s.project, { items: [{ kind: 'text', text: 'Completely rewritten text.' }], overrides: { versionOf: uid } });
    expect(v3.results[0]).toMatchObject({ status: 'version', uid });
    const doc = getDocument(s.project, uid);
    expect(doc).toMatchObject({ version: 3, versions: 3, text: 'Completely rewritten text.' });
    expect(listAll(s.project)).toHaveLength(1);
    // Only the current version is searchable; old versions stay stored as evidence.
    const passages = s.project.db.prepare("SELECT count(*) AS n FROM search_items WHERE kind = 'passage'").get() as { n: number };
    expect(passages.n).toBe(doc.blocks.length);
    const texts = s.project.db.prepare('SELECT text FROM document_versions ORDER BY version').all() as { text: string }[];
    expect(texts.map((t) => t.text)).toEqual(['Freight grew by 60 percent.', 'Freight grew by 62 percent.', 'Completely rewritten text.']);
    const missing = await importFiles(s.project, { items: [{ kind: 'text', text: 'x y z' }], overrides: { versionOf: 'nope' } });
    expect(missing.results[0]).toMatchObject({ status: 'failed', reason: 'no document matches "nope"' });
  });

  it('reports progress and stops at cancel, marking the rest cancelled', async () => {
    const events: ImportProgress[] = [];
    const p = createProject(join(tempDir(), 'p.dossier'), {
      emit: (name, payload) => {
        if (name !== 'import.progress') return;
        events.push(payload as ImportProgress);
        if ((payload as ImportProgress).done === 2) cancelImport(p, 'job-1');
      },
    });
    const items = Array.from({ length: 5 }, (_, i) => ({ kind: 'text' as const, text: `Article number ${i}.`, name: `a${i}.txt` }));
    const sum = await importFiles(p, { items, overrides: {}, jobId: 'job-1' });
    expect(sum.cancelled).toBe(true);
    expect(sum.results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'cancelled', 'cancelled']);
    expect(events.slice(0, 3)).toEqual([0, 1, 2].map((i) => ({ jobId: 'job-1', done: i, total: 5, current: `a${i}.txt` })));
    p.close();
  });

  it('goes through dispatch, which rejects junk input', async () => {
    const s = tempSession();
    const bad = await dispatch(s, 'documents.import', { items: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const bad2 = await dispatch(s, 'documents.import', { items: [{ kind: 'text', text: 'x' }], overrides: { published: '7 Oct' } });
    expect(bad2.ok).toBe(false);
    const ok = await dispatch(s, 'documents.import', { items: [{ kind: 'text', text: 'Fine.' }] });
    expect(ok).toMatchObject({ ok: true, value: { imported: 1 } });
  });
});
