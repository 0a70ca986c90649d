import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src-main/core/session';
import { dump, tempDir } from '../../helpers/temp-project';
import { cli } from '../../helpers/cli';
import { SAMPLE } from '../../helpers/samples';

/** The sample imported by the CLI, with two passages annotated by `dossier annotate`. */
async function sample() {
  const db = join(tempDir(), 'c.dossier');
  expect((await cli('--db', db, 'outlets', 'add', 'Azernews', '--kind', 'private_media', '--grade', 'B')).code).toBe(0);
  expect((await cli('--db', db, 'import', SAMPLE, '--outlet', 'Azernews')).code).toBe(0);
  const doc = JSON.parse((await cli('--db', db, 'documents', '--json')).out)[0].uid as string;
  const annotate = async (quote: string): Promise<string> => {
    const r = await cli('--db', db, 'annotate', doc.slice(0, 8), '--quote', quote, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out).uid;
  };
  const border = await annotate('42 percent of Uzbekistan’s border is now covered by a video surveillance system');
  const fiber = await annotate('more than 1,100 kilometers (683 miles) of fiber-optic communication lines');
  return { db, border, fiber };
}

describe('dossier claims', () => {
  it('adds a claim backed by annotation prefixes, then lists it', async () => {
    const { db, border, fiber } = await sample();
    const added = await cli(
      '--db', db, 'claims', 'add', '42% of Uzbekistan’s border is under video surveillance',
      '--evidence', border.slice(0, 8), '--evidence', fiber, '--stance', 'supports', '--stance', 'context', '--credibility', '2', '--json',
    );
    expect(added.code).toBe(0);
    const claim = JSON.parse(added.out);
    expect(claim.evidence.map((e: { annotation: { uid: string }; stance: string }) => [e.annotation.uid, e.stance])).toEqual([
      [border, 'supports'],
      [fiber, 'context'],
    ]);
    expect(claim.corroboration).toMatchObject({ grade: 'B2', singleSource: true });

    const listed = await cli('--db', db, 'claims', '--json');
    expect(JSON.parse(listed.out).map((c: { uid: string }) => c.uid)).toEqual([claim.uid]);
    const human = await cli('--db', db, 'claims');
    expect(human.out).toBe(`${claim.uid.slice(0, 8)}  B2  open         +1/-0  ----  42% of Uzbekistan’s border is under video surveillance  [single-source]`);
  });

  it('refuses bad input with exit 2 or 1 and one line, adding nothing', async () => {
    const { db, border } = await sample();
    const p = createProject(db);
    const before = dump(p);
    p.close();
    const cases: [string[], number, RegExp][] = [
      [['claims', 'add', 'No evidence'], 2, /needs --evidence/],
      [['claims', 'add', 'x', '--evidence', border, '--credibility', '7'], 2, /credibility is a number from 1 to 6/],
      [['claims', 'add', 'x', '--evidence', border, '--stance', 'maybe'], 2, /--stance is supports\|contradicts\|context/],
      [['claims', 'add', 'x', '--evidence', border, '--status', 'sure'], 2, /--status is open\|corroborated\|disputed\|refuted, not "sure"/],
      [['claims', 'add', 'x', '--evidence', border, '--event-date', '2025-13'], 2, /--event-date is YYYY/],
      [['claims', 'add', 'x', '--evidence', border, '--stance', 'supports', '--stance', 'context'], 2, /one per --evidence/],
      [['claims', 'add', 'x', '--evidence', 'ffffffff-none'], 1, /no annotation matches "ffffffff-none"/],
      [['claims', 'add', 'x', 'y', '--evidence', border], 2, /one "statement"/],
      [['claims', 'frob'], 2, /unknown claims action/],
    ];
    for (const [argv, code, message] of cases) {
      const r = await cli('--db', db, ...argv);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.err).toMatch(message);
      expect(r.err.split('\n')).toHaveLength(1);
    }
    const after = createProject(db);
    expect(dump(after)).toEqual(before);
    after.close();
  });
});
