import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src-main/core/session';
import { dump, tempDir } from '../../helpers/temp-project';
import { cli } from '../../helpers/cli';

const FIXTURES = join(__dirname, '../../fixtures/copies');

async function ok(...argv: string[]): Promise<string> {
  const r = await cli(...argv);
  expect(r.code, r.err).toBe(0);
  return r.out;
}

/** The AZERTAC item, Trend's reprint and an independent Baku Post report, imported by the CLI. */
async function project() {
  const db = join(tempDir(), 'c.dossier');
  await ok('--db', db, 'outlets', 'add', 'AZERTAC', '--kind', 'state_media', '--grade', 'C');
  await ok('--db', db, 'import', join(FIXTURES, 'azertac.txt'), '--outlet', 'AZERTAC', '--published', '2025-10-07');
  await ok('--db', db, 'import', join(FIXTURES, 'trend.txt'), '--outlet', 'Trend', '--published', '2025-10-07');
  await ok('--db', db, 'import', join(FIXTURES, 'bakupost.txt'), '--outlet', 'Baku Post', '--published', '2025-10-08');
  const docs = JSON.parse(await ok('--db', db, 'documents', '--json')) as { uid: string; outlet: string }[];
  const uid = (outlet: string): string => docs.find((d) => d.outlet?.startsWith(outlet))!.uid;
  return { db, azertac: uid('AZERTAC'), trend: uid('Trend'), post: uid('Baku Post') };
}

describe('dossier copies', () => {
  it('prints the copy pairs with their shared words and spans, for the project or one document', async () => {
    const { db, azertac, trend, post } = await project();
    const all = JSON.parse(await ok('--db', db, 'copies', '--json'));
    expect(all.pairs).toHaveLength(1);
    const [pair] = all.pairs;
    expect(pair.documents).toEqual([azertac, trend]);
    expect(pair.sharedWords).toBeGreaterThan(70);
    expect(pair.spans[0]).toMatchObject({ aStart: 0, bStart: expect.any(Number), words: expect.any(Number) });
    // From Trend's side its own ranges come first.
    const fromTrend = JSON.parse(await ok('--db', db, 'copies', trend.slice(0, 8), '--json'));
    expect(fromTrend.pairs[0].documents).toEqual([trend, azertac]);
    expect(fromTrend.pairs[0].spans[0].bStart).toBe(0);
    expect(JSON.parse(await ok('--db', db, 'copies', post, '--json'))).toEqual({ pairs: [] });
    expect(await ok('--db', db, 'copies', '--rebuild')).toBe('3 documents compared, 1 copy link');
    expect(JSON.parse(await ok('--db', db, 'copies', '--json'))).toEqual(all);
  });

  it('claims add and claims show give the origin counts', async () => {
    const { db, azertac, trend, post } = await project();
    const quote = 'trade turnover between the two countries grew by';
    const ann = async (doc: string, q: string): Promise<string> =>
      JSON.parse(await ok('--db', db, 'annotate', doc, '--quote', q, '--json')).uid as string;
    const added = JSON.parse(
      await ok('--db', db, 'claims', 'add', 'Trade grew by 42%', '--evidence', await ann(azertac, quote), '--evidence', await ann(trend, quote), '--json'),
    );
    expect(added.corroboration.supporting).toMatchObject({ independentOrigins: 1 });
    expect(added.corroboration.singleSource).toBe(true);
    const human = await ok('--db', db, 'claims', 'show', added.uid.slice(0, 8));
    expect(human.split('\n')[1]).toMatch(/^2 outlets, 1 independent origin: AZERTAC \(Trend[^)]* reprinted it\)$/);
    const withPost = JSON.parse(
      await ok('--db', db, 'claims', 'add', 'Trade grew by 42% (two sources)', '--evidence', await ann(azertac, 'grew by 42 percent'), '--evidence', await ann(post, 'grew by 42 percent last year'), '--json'),
    );
    expect(withPost.corroboration.supporting.independentOrigins).toBe(2);
    const shown = JSON.parse(await ok('--db', db, 'claims', 'show', withPost.uid, '--json'));
    expect(shown.corroboration).toEqual(withPost.corroboration);
  });

  it('refuses bad input with one line and changes nothing', async () => {
    const { db } = await project();
    const p = createProject(db);
    const before = dump(p);
    p.close();
    const cases: [string[], number, RegExp][] = [
      [['copies', 'a', 'b'], 2, /at most one DOC/],
      [['copies', 'nosuchdoc'], 1, /document/],
      [['copies', 'x', '--rebuild'], 2, /give no DOC/],
      [['claims', 'show'], 2, /one CLAIM/],
      [['claims', 'show', 'zzzz'], 1, /claim/],
    ];
    for (const [argv, code, message] of cases) {
      const r = await cli('--db', db, ...argv);
      expect([r.code, r.err]).toEqual([code, expect.stringMatching(message)]);
    }
    const q = createProject(db);
    expect(dump(q)).toEqual(before);
    q.close();
  });
});
