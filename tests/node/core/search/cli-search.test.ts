import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../../src-main/core/session';
import { dump, tempDir } from '../../../helpers/temp-project';
import { addClaim, addDocument } from './fixtures';
import { cli } from '../../../helpers/cli';
import { SAMPLE } from '../../../helpers/samples';

async function sampleProject(): Promise<string> {
  const db = join(tempDir(), 'a.dossier');
  expect((await cli('--db', db, 'import', SAMPLE, '--outlet', 'Azernews')).code).toBe(0);
  const p = createProject(db);
  addClaim(p, 'Türkiye funds the Turkic Investment Fund', { credibility: 2, eventDate: '2024' });
  p.close();
  return db;
}

describe('dossier search', () => {
  it('--json gives kind, uid, title, snippet and highlight ranges into the original text', async () => {
    const db = await sampleProject();
    const r = await cli('--db', db, '--json', 'search', 'TURKIYE', '"investment fund"');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.hits.map((h: { kind: string }) => h.kind).sort()).toEqual(['claim', 'passage']);
    for (const h of out.hits) {
      expect(h).toEqual(expect.objectContaining({ kind: expect.any(String), uid: expect.any(String), title: expect.any(String), snippet: expect.any(String) }));
      const marked = h.highlights.map(([a, b]: [number, number]) => h.snippet.slice(a, b).toLowerCase());
      expect(marked).toEqual(expect.arrayContaining(['türkiye', 'investment fund']));
    }
  });

  it('prints hits marked «like this» and honours --kind, --outlet, dates and --limit', async () => {
    const db = await sampleProject();
    const all = await cli('--db', db, 'search', 'turkic', '--limit', '2');
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/«Turkic»/);
    expect(all.out).toMatch(/2 shown of \d+/);
    const claims = await cli('--db', db, '--json', 'search', 'turkic', '--kind', 'claim');
    expect(JSON.parse(claims.out).hits.map((h: { kind: string }) => h.kind)).toEqual(['claim']);
    const docs = await cli('--db', db, '--json', 'search', 'turkic', '--kind', 'document', '--outlet', 'azernews');
    const kinds = new Set(JSON.parse(docs.out).hits.map((h: { kind: string }) => h.kind));
    expect([...kinds].sort()).toEqual(['document', 'passage']);
    const dated = await cli('--db', db, '--json', 'search', 'turkic', '--from', '2024', '--to', '2024-12');
    expect(JSON.parse(dated.out).hits.map((h: { kind: string }) => h.kind)).toEqual(['claim']);
    const none = await cli('--db', db, 'search', 'turkic', '--theme', 'Nope');
    expect(none).toMatchObject({ code: 0, out: 'no results', err: 'note: no theme named "Nope"' });
  });

  it('usage errors exit 2 and change nothing', async () => {
    const db = await sampleProject();
    const p = createProject(db);
    const before = dump(p);
    p.close();
    for (const argv of [
      ['search'],
      ['search', 'x', '--kind', 'tweet'],
      ['search', 'x', '--limit', 'ten'],
      ['search', 'x', '--from', 'yesterday'],
      ['search', 'x', '--bogus'],
    ]) {
      const r = await cli('--db', db, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/^dossier: /);
    }
    const after = createProject(db);
    expect(dump(after)).toEqual(before);
    after.close();
  });

  it('lists filters alone, turns expansion off with --exact and says how a hit matched', async () => {
    const db = join(tempDir(), 'm.dossier');
    const p = createProject(db);
    addDocument(p, { title: 'Kazakh note', paragraphs: ['Қазақстан мен Өзбекстан келісімге қол қойды.'], outlet: 'Kazinform', published: '2025-10' });
    addDocument(p, { title: 'English note', paragraphs: ['Kazakhstan signed the deal.'], outlet: 'Trend', published: '2025-09' });
    p.close();
    const all = await cli('--db', db, '--json', 'search', 'Kazakhstan', '--kind', 'document');
    expect(JSON.parse(all.out).hits.filter((h: { kind: string }) => h.kind === 'passage').map((h: { matchedBy: string[] }) => h.matchedBy)).toEqual([['exact'], ['transliteration']]);
    const human = await cli('--db', db, 'search', 'Kazakhstan', '--kind', 'document');
    expect(human.out).toMatch(/\[transliteration\]\n\s+«Қазақстан»/);
    const exact = await cli('--db', db, '--json', 'search', 'Kazakhstan', '--exact');
    expect(new Set(JSON.parse(exact.out).hits.map((h: { title: string }) => h.title))).toEqual(new Set(['English note']));
    const byOutlet = await cli('--db', db, '--json', 'search', '--outlet', 'Kazinform');
    expect(JSON.parse(byOutlet.out).hits.map((h: { title: string; kind: string }) => `${h.kind}:${h.title}`)).toEqual(['document:Kazakh note']);
  });
});

describe('dossier aliases', () => {
  it('lists the starter set, adds a group that searches then expand to, removes names and groups', async () => {
    const db = join(tempDir(), 'a.dossier');
    const list = await cli('--db', db, '--json', 'aliases');
    const groups = JSON.parse(list.out) as { uid: string; names: string[] }[];
    expect(groups.find((g) => g.names.includes('OTS'))?.names).toEqual(expect.arrayContaining(['Organization of Turkic States', 'Türk Devletleri Teşkilatı', 'Түркі мемлекеттері ұйымы']));
    const p = createProject(db);
    addDocument(p, { title: 'Steppe', paragraphs: ['The Great Steppe spans Eurasia.'] });
    p.close();
    expect(JSON.parse((await cli('--db', db, '--json', 'search', 'Dasht-i-Kipchak')).out).hits).toEqual([]);
    const added = await cli('--db', db, 'aliases', 'add', 'Dasht-i-Kipchak', 'Great Steppe');
    expect(added).toMatchObject({ code: 0, out: expect.stringMatching(/^Dasht-i-Kipchak = Great Steppe {2}\S+$/) });
    const found = JSON.parse((await cli('--db', db, '--json', 'search', 'Dasht-i-Kipchak')).out).hits as { matchedBy: string[] }[];
    expect(found.map((h) => h.matchedBy)).toEqual([['alias']]);
    expect((await cli('--db', db, 'aliases', 'remove', 'great steppe')).out).toBe('2 names removed');
    expect(JSON.parse((await cli('--db', db, '--json', 'search', 'Dasht-i-Kipchak')).out).hits).toEqual([]);
    const otsUid = groups.find((g) => g.names.includes('OTS'))!.uid;
    expect((await cli('--db', db, 'aliases', 'remove', otsUid)).code).toBe(0);
    expect((await cli('--db', db, 'aliases', 'remove', 'nothing-like-this'))).toMatchObject({ code: 0, err: 'note: no alias named "nothing-like-this"' });
    for (const argv of [['aliases', 'add'], ['aliases', 'add', '   '], ['aliases', 'rename'], ['aliases', 'add', 'OnlyOne']]) {
      const r = await cli('--db', db, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
    }
  });
});
