import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src-main/core/session';
import { tempDir } from '../../helpers/temp-project';
import { buildSampleNotes } from '../core/export/sample-notes';
import { cli } from '../../helpers/cli';

async function sampleDb(): Promise<{ dir: string; db: string; ids: Awaited<ReturnType<typeof buildSampleNotes>> }> {
  const dir = tempDir();
  const db = join(dir, 'notes.dossier');
  const p = createProject(db);
  const ids = await buildSampleNotes(p);
  p.close();
  return { dir, db, ids };
}

describe('dossier export', () => {
  it('writes Markdown of a theme, CSV of claims and a document as DOCX', async () => {
    const { dir, db, ids } = await sampleDb();
    const md = join(dir, 'security.md');
    const r = await cli('--db', db, 'export', '--format', 'md', '--out', md, '--theme', 'Security', '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toMatchObject({ format: 'md', path: md, counts: { annotations: 4, claims: 2 } });
    expect(readFileSync(md, 'utf8')).toContain('#security/uavs');

    const csv = join(dir, 'claims.csv');
    expect((await cli('--db', db, 'export', '--format', 'csv', '--what', 'claims', '--out', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFclaim,statement/);

    const docx = join(dir, 'doc.docx');
    const d = await cli('--db', db, 'export', '--format', 'docx', '--out', docx, '--document', ids.docs.emoji.slice(0, 8));
    expect(d.code).toBe(0);
    // Only what the file holds is counted: no "0 arguments".
    expect(d.out).toMatch(/^wrote .*doc\.docx \(\d+ bytes\): 2 documents, \d+ themes, 4 annotations, 1 claim$/);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('round-trips through .qdpx into a new project with import-project', async () => {
    const { dir, db } = await sampleDb();
    const qdpx = join(dir, 'all.qdpx');
    expect((await cli('--db', db, 'export', '--format', 'qdpx', '--out', qdpx)).code).toBe(0);
    const copy = join(dir, 'copy.dossier');
    const r = await cli('--db', copy, 'import-project', qdpx);
    expect(r).toMatchObject({ code: 0, out: 'imported 2 documents, 5 themes, 6 annotations from qdpx' });
    const again = await cli('--db', copy, 'import-project', qdpx);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/needs an empty project/);
  });

  it('exits 2 on usage errors and 1 on unknown ids, writing nothing', async () => {
    const { dir, db } = await sampleDb();
    const out = join(dir, 'x.md');
    const usage = [
      ['export', '--format', 'md'],
      ['export', '--format', 'odt', '--out', out],
      ['export', '--out', out],
      ['export', '--format', 'md', '--out', out, '--theme', 'Security', '--document', 'abc'],
      ['export', '--format', 'md', '--out', out, '--what', 'claims'],
      ['export', '--format', 'md', '--out', out, 'extra'],
      ['export', '--format', 'md', '--out', out, '--bogus'],
    ];
    for (const args of usage) {
      const r = await cli('--db', db, ...args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.err).toMatch(/^dossier: /);
    }
    const missing = await cli('--db', db, 'export', '--format', 'md', '--out', out, '--argument', 'ffffffff');
    expect(missing).toMatchObject({ code: 1, err: 'dossier: no argument matches "ffffffff"' });
    expect(existsSync(out)).toBe(false);
  });

  it('lists, takes and limits automatic backups', async () => {
    const { dir, db } = await sampleDb();
    expect((await cli('--db', db, 'backups')).out).toBe('no backups yet');
    const run = await cli('--db', db, 'backups', 'run', '--json');
    expect(run.code).toBe(0);
    const made = JSON.parse(run.out);
    expect(made.path.startsWith(join(dir, 'notes.backups'))).toBe(true);
    expect((await cli('--db', db, 'backups', 'keep', '5')).out).toBe(`keeping the last 5 backups in ${join(dir, 'notes.backups')}`);
    expect((await cli('--db', db, 'backups')).out).toContain(made.path);
    expect((await cli('--db', db, 'backups', 'keep', 'zero')).code).toBe(2);
  });
});
