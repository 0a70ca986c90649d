import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinDashValues } from '../../../src-main/cli/index';
import { createProject } from '../../../src-main/core/session';
import { cli } from '../../helpers/cli';
import { PAGES } from '../../helpers/samples';
import { dump, tempDir } from '../../helpers/temp-project';

describe('dossier outlets edit', () => {
  it('changes kind and grade and adds aliases of an existing outlet found by name or alias', async () => {
    const db = join(tempDir(), 'o.dossier');
    expect((await cli('--db', db, 'outlets', 'add', 'Meydan', '--kind', 'private_media')).code).toBe(0);
    const edited = await cli('--db', db, 'outlets', 'edit', 'meydan', '--kind', 'independent_media', '--grade', 'B', '--alias', 'Meydan TV', '--alias', 'Мейдан', '--json');
    expect(edited.code, edited.err).toBe(0);
    expect(JSON.parse(edited.out)).toMatchObject({ name: 'Meydan', kind: 'independent_media', grade: 'B', aliases: ['Meydan TV', 'Мейдан'] });
    // Found again by an alias; aliases accumulate.
    const again = await cli('--db', db, 'outlets', 'edit', 'MEYDAN.TV', '--alias', 'meydan.tv', '--domain', 'https://www.meydan.tv/az/', '--json');
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ aliases: ['Meydan TV', 'Мейдан'], domains: ['meydan.tv'] });
    const listed = await cli('--db', db, 'outlets');
    expect(listed.out).toBe('B  independent_media Meydan (0)  also: Meydan TV, Мейдан');
  });

  it('refuses an unknown outlet, a bad kind and an edit with nothing to change, changing nothing', async () => {
    const db = join(tempDir(), 'o.dossier');
    expect((await cli('--db', db, 'outlets', 'add', 'Caspian Courier')).code).toBe(0);
    const before = (() => {
      const p = createProject(db);
      const d = dump(p);
      p.db.close();
      return d;
    })();
    expect(await cli('--db', db, 'outlets', 'edit', 'Nowhere Daily', '--grade', 'B')).toMatchObject({ code: 1, err: expect.stringMatching(/no outlet named "Nowhere Daily"/) });
    expect((await cli('--db', db, 'outlets', 'edit', 'Caspian Courier', '--kind', 'tabloid')).code).toBe(2);
    expect((await cli('--db', db, 'outlets', 'edit', 'Caspian Courier')).code).toBe(2);
    const p = createProject(db);
    expect(dump(p)).toEqual(before);
    p.db.close();
  });

  it('a Trend article imported with its header lands on the shipped Trend News Agency', async () => {
    const db = join(tempDir(), 'o.dossier');
    expect((await cli('--db', db, 'import', join(PAGES, 'trend-erdogan-gabala.txt'))).code).toBe(0);
    const list = JSON.parse((await cli('--db', db, 'outlets', '--json')).out);
    expect(list.map((o: { name: string; kind: string; documentCount: number }) => [o.name, o.kind, o.documentCount])).toEqual([['Trend News Agency', 'news_agency', 1]]);
  });
});

describe('option values starting with "-"', () => {
  const options = { note: { type: 'string' as const }, theme: { type: 'string' as const }, json: { type: 'boolean' as const } };

  it('takes the next argument as the value unless it is one of the options', () => {
    expect(joinDashValues(['--note', '-Trend says', '--json'], options)).toEqual(['--note=-Trend says', '--json']);
    expect(joinDashValues(['--note', '--theme', 'x'], options)).toEqual(['--note', '--theme', 'x']);
    expect(joinDashValues(['--note', '--', 'x'], options)).toEqual(['--note', '--', 'x']);
    expect(joinDashValues(['--json', '-x'], options)).toEqual(['--json', '-x']);
  });

  it('annotates with a note that starts with "-", both as the next argument and after "="', async () => {
    const db = join(tempDir(), 'n.dossier');
    expect((await cli('--db', db, 'import', join(PAGES, 'trend-erdogan-gabala.txt'))).code).toBe(0);
    const doc = JSON.parse((await cli('--db', db, 'documents', '--json')).out)[0].uid as string;
    const a = await cli('--db', db, 'annotate', doc, '--quote', 'pivotal advancement', '--note', '-Trend’s wording', '--json');
    expect(a.code, a.err).toBe(0);
    expect(JSON.parse(a.out).noteText).toBe('-Trend’s wording');
    const b = await cli('--db', db, 'annotate', doc, '--quote', 'sustained progression', '--note=--see Anadolu', '--json');
    expect(b.code, b.err).toBe(0);
    expect(JSON.parse(b.out).noteText).toBe('--see Anadolu');
  });
});
