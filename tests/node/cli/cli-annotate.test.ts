import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src-main/core/session';
import { dump, tempDir } from '../../helpers/temp-project';
import { cli } from '../../helpers/cli';
import { SAMPLE } from '../../helpers/samples';

async function project() {
  const db = join(tempDir(), 'a.dossier');
  expect((await cli('--db', db, 'import', SAMPLE, '--outlet', 'Azernews')).code).toBe(0);
  const docs = JSON.parse((await cli('--db', db, 'documents', '--json')).out) as { uid: string }[];
  return { db, doc: docs[0]!.uid };
}

const snapshot = (db: string) => {
  const p = createProject(db);
  const d = dump(p);
  p.close();
  return d;
};

describe('dossier annotate', () => {
  it('annotates a quote by document prefix, creating unknown themes, and prints the annotation with --json', async () => {
    const { db, doc } = await project();
    const r = await cli('--db', db, 'annotate', doc.slice(0, 6), '--quote', '42 percent of Uzbekistan\'s border', '--theme', 'Borders',
      '--theme', 'Surveillance', '--note', 'key figure', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a).toMatchObject({ documentUid: doc, exact: '42 percent of Uzbekistan’s border', noteText: 'key figure', anchorStatus: 'exact' });
    expect(a.themes.map((t: { name: string }) => t.name).sort()).toEqual(['Borders', 'Surveillance']);
    const human = await cli('--db', db, 'annotate', doc, '--quote', 'Bayraktar unmanned aerial vehicles', '--theme', 'borders');
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/^annotated [0-9a-f]{8} in .+ \[\d+-\d+\] \(Borders\)$/);
    const themes = await cli('--db', db, 'themes');
    expect(themes.out.split('\n').map((l) => l.slice(9))).toEqual(['Borders (2)', 'Surveillance (1)']);
  });

  it('fails with one line and exit 1 when the quote is missing or ambiguous, and changes nothing', async () => {
    const { db, doc } = await project();
    const before = snapshot(db);
    const missing = await cli('--db', db, 'annotate', doc, '--quote', 'no such words in this article', '--theme', 'Ghost');
    expect(missing).toMatchObject({ code: 1, err: 'dossier: the quote is not in the document' });
    const many = await cli('--db', db, 'annotate', doc, '--quote', 'Turkic world', '--theme', 'Ghost');
    expect(many.code).toBe(1);
    expect(many.err).toMatch(/^dossier: the quote occurs (\d+) times in the document; choose an occurrence \(1-\1\)$/);
    expect((await cli('--db', db, 'annotate', doc, '--quote', 'Turkic world', '--occurrence', '99')).code).toBe(1);
    expect((await cli('--db', db, 'annotate', 'zzzz', '--quote', 'Turkic world')).code).toBe(1);
    expect((await cli('--db', db, 'annotate', doc)).code).toBe(2);
    expect((await cli('--db', db, 'annotate', doc, '--quote', 'Turkic world', '--occurrence', 'two')).code).toBe(2);
    expect((await cli('--db', db, 'annotate', '--quote', 'Turkic world')).code).toBe(2);
    expect(snapshot(db)).toEqual(before);
    const second = await cli('--db', db, 'annotate', doc, '--quote', 'Turkic world', '--occurrence', '2', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out).exact).toBe('Turkic world');
  });
});

describe('dossier themes', () => {
  it('adds, renames, merges and deletes, printing the tree', async () => {
    const { db, doc } = await project();
    expect((await cli('--db', db, 'themes', 'add', 'Security')).code).toBe(0);
    expect((await cli('--db', db, 'themes', 'add', 'Drones', '--parent', 'security', '--color', '#112233')).code).toBe(0);
    expect((await cli('--db', db, 'themes', 'add', 'UAV')).code).toBe(0);
    await cli('--db', db, 'annotate', doc, '--quote', 'Bayraktar unmanned aerial vehicles', '--theme', 'UAV', '--theme', 'Drones');
    expect((await cli('--db', db, 'themes', 'rename', 'UAV', 'UAVs')).out).toBe('renamed UAV to UAVs');
    expect((await cli('--db', db, 'themes', 'merge', 'UAVs', 'Drones')).out).toBe('merged UAVs into Drones: 1 annotations moved');
    expect((await cli('--db', db, 'themes')).out).toBe('#e8590c  Security (0)\n#112233    Drones (1)');
    expect((await cli('--db', db, 'themes', 'delete', 'Security')).out).toBe(
      'deleted Security: removed from 0 annotations (0 left untagged); 1 sub-themes moved up',
    );
    expect((await cli('--db', db, 'themes', 'delete', 'Drones')).out).toBe('deleted Drones: removed from 1 annotations (1 left untagged)');
    expect((await cli('--db', db, 'themes', 'delete', 'Drones')).code).toBe(2);
    expect((await cli('--db', db, 'themes', 'rename', 'x')).code).toBe(2);
    expect((await cli('--db', db, 'themes', 'frob')).code).toBe(2);
  });
});
