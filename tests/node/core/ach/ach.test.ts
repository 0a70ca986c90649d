import { describe, expect, it } from 'vitest';
import { ACH_RATINGS } from '@common/api/schemas/ach';
import { dispatch } from '../../../../src-main/core/dispatch';
import { cli } from '../../../helpers/cli';
import { dump, tempSession } from '../../../helpers/temp-project';
import { AZERNEWS, AZERTAC, annotate, importArticle, TREND } from '../claims/fixtures';

async function ok<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const x = await r;
  if (!x.ok) throw new Error(x.error.message);
  return x.value;
}

describe('competing hypotheses', () => {
  it('a board of 4 hypotheses and 20 claims exports Markdown with ratings, scores and each claim’s origins', async () => {
    const s = tempSession();
    const p = s.project;
    const docs = [
      await importArticle(p, { text: 'Alpha reports drones at the border. Beta says trade grew.', outlet: AZERNEWS, published: '2025-10-01' }),
      await importArticle(p, { text: 'Gamma reports drones at the border too. Delta notes the summit.', outlet: TREND, published: '2025-10-02' }),
      await importArticle(p, { text: 'Epsilon repeats that drones were seen. Zeta denies it.', outlet: AZERTAC, published: '2025-10-03' }),
    ];
    const passages = [annotate(p, docs[0]!, 'Alpha reports drones'), annotate(p, docs[1]!, 'Gamma reports drones'), annotate(p, docs[2]!, 'Epsilon repeats')];
    // Claim i is supported by (i % 4) of the three passages: 0, 1, 2 or 3 sources.
    const claims: string[] = [];
    for (let i = 0; i < 20; i++) {
      const evidence = passages.slice(0, i % 4).map((annotation) => ({ annotation, stance: 'supports' as const }));
      claims.push((await ok(dispatch(s, 'claims.create', { statement: `Claim number ${i + 1}`, evidence }))).uid);
    }
    let board = await ok(dispatch(s, 'ach.create', { question: 'Why were drones moved to the border?', hypotheses: ['Deterrence', 'Exercise', 'Smuggling', 'Misreport'] }));
    board = await ok(dispatch(s, 'ach.addClaims', { board: board.uid, claims }));
    expect(board.rows).toHaveLength(20);
    const ratingOf = (c: number, h: number) => ACH_RATINGS[(c * 3 + h * 5) % 4]!;
    for (const [c, claim] of claims.entries()) {
      for (const [h, hyp] of board.hypotheses.entries()) {
        board = await ok(dispatch(s, 'ach.rate', { hypothesis: hyp.uid, claim, rating: ratingOf(c, h), note: c === 0 && h === 0 ? 'seen on video' : undefined }));
      }
    }
    // Scores counted here from the ratings given.
    const weight = (c: number) => [0.25, 0.5, 1, 1][c % 4]!;
    board.hypotheses.forEach((h, j) => {
      const mine = claims.map((_, c) => c).filter((c) => ratingOf(c, j) === 'inconsistent');
      expect(h.inconsistent).toBe(mine.length);
      expect(h.weightedInconsistency).toBeCloseTo(mine.reduce((n, c) => n + weight(c), 0));
    });
    expect(board.rows.map((r) => r.origins)).toEqual(claims.map((_, i) => i % 4));
    expect(board.rows.every((r) => r.diagnostic)).toBe(true);

    const md = await ok(dispatch(s, 'ach.export', { uid: board.uid, format: 'markdown' }));
    const lines = md.text.split('\n');
    expect(lines[0]).toBe('# Why were drones moved to the border?');
    expect(lines).toContain('| Claim | Grade | Independent origins | Deterrence | Exercise | Smuggling | Misreport | If wrong, the leader is |');
    const signs = { consistent: 'C', inconsistent: 'I', neutral: 'N', na: 'NA' } as const;
    for (const [c, r] of board.rows.entries()) {
      const row = lines.find((l) => l.startsWith(`| ◆ Claim number ${c + 1} |`))!;
      const cells = row.split(' | ').map((x) => x.replace(/^\| |\s\|$/g, ''));
      expect(cells[1]).toBe(r.grade);
      expect(cells[2]).toMatch(new RegExp(`^${c % 4}( |$)`));
      expect(cells.slice(3, 7).map((x) => x.split(' — ')[0])).toEqual([0, 1, 2, 3].map((h) => signs[ratingOf(c, h)]));
    }
    expect(md.text).toContain('I — seen on video'.replace('I', signs[ratingOf(0, 0)]));
    expect(lines.find((l) => l.startsWith('| Inconsistency (weighted)'))).toBe(
      `| Inconsistency (weighted) |  |  | ${board.hypotheses.map((h) => `${h.inconsistent} (${h.weightedInconsistency.toFixed(2)})`).join(' | ')} |  |`,
    );
    expect(md.text).toMatch(board.leader ? /Least inconsistent: \w+/ : /No single least inconsistent hypothesis/);

    const csv = await ok(dispatch(s, 'ach.export', { uid: board.uid, format: 'csv' }));
    expect(csv.text.split('\r\n')).toHaveLength(23);
    const html = await ok(dispatch(s, 'ach.export', { uid: board.uid, format: 'html' }));
    expect(html.text).toContain('<th>Deterrence</th>');
    const arg = await ok(dispatch(s, 'ach.toArgument', { uid: board.uid }));
    expect(arg.title).toBe(board.question);
  });

  it('sensitivity: names the hypothesis that would lead if a claim were wrong', async () => {
    const s = tempSession();
    const a = (await ok(dispatch(s, 'claims.create', { statement: 'A strong claim' }))).uid;
    const b = (await ok(dispatch(s, 'claims.create', { statement: 'A weak claim' }))).uid;
    let board = await ok(dispatch(s, 'ach.create', { question: 'Q', hypotheses: ['H1', 'H2'] }));
    board = await ok(dispatch(s, 'ach.addClaims', { board: board.uid, claims: [a, b] }));
    const [h1, h2] = board.hypotheses;
    await ok(dispatch(s, 'ach.rate', { hypothesis: h1!.uid, claim: a, rating: 'consistent' }));
    await ok(dispatch(s, 'ach.rate', { hypothesis: h2!.uid, claim: a, rating: 'inconsistent' }));
    board = await ok(dispatch(s, 'ach.rate', { hypothesis: h1!.uid, claim: b, rating: 'neutral' }));
    expect(board.leader).toBe(h1!.uid);
    // Without claim a, nothing separates them: no single leader, so nothing to report.
    expect(board.rows.map((r) => r.leaderIfWrong)).toEqual([null, null]);
    // …but the lead is lost: the sensitivity view flags claim a, and ranks the rest as they would stand.
    expect(board.rows.map((r) => r.leaderChanges)).toEqual([true, false]);
    expect(board.rows.map((r) => r.scoresIfWrong)).toEqual([[0, 0], [0, 0.25]]);
    const md = (await ok(dispatch(s, 'ach.export', { uid: board.uid, format: 'markdown' }))).text.split('\n');
    expect(md.find((l) => l.includes('A strong claim'))).toMatch(/\| no single leader \(a tie\) \|$/);
    expect(md.find((l) => l.includes('A weak claim'))).toMatch(/\| {2}\|$/);
    await ok(dispatch(s, 'ach.rate', { hypothesis: h1!.uid, claim: b, rating: 'inconsistent' }));
    board = await ok(dispatch(s, 'ach.rate', { hypothesis: h1!.uid, claim: a, rating: 'inconsistent', note: 'on reflection' }));
    // H1: a and b inconsistent; H2: a inconsistent. If b is wrong, they tie; if a is wrong, H2 still leads.
    expect(board.leader).toBe(h2!.uid);
    expect(board.rows.find((r) => r.claimUid === a)!.leaderIfWrong).toBeNull();
    expect(board.rows.map((r) => r.leaderChanges)).toEqual([false, true]);
    // Junk is refused and changes nothing.
    const before = dump(s.project);
    const junk = await dispatch(s, 'ach.rate', { hypothesis: h1!.uid, claim: a, rating: 'maybe' });
    expect(junk.ok || junk.error.code).toBe('invalid-input');
    const stranger = (await ok(dispatch(s, 'claims.create', { statement: 'Not on the board' }))).uid;
    const after = dump(s.project);
    const off = await dispatch(s, 'ach.rate', { hypothesis: h1!.uid, claim: stranger, rating: 'neutral' });
    expect(off.ok || off.error.code).toBe('not-found');
    expect(dump(s.project)).toEqual(after);
    expect(before.ach_ratings).toEqual(after.ach_ratings);
  });

  it('dossier ach lists boards and exports one', async () => {
    const s = tempSession();
    const board = await ok(dispatch(s, 'ach.create', { question: 'Who benefits?', hypotheses: ['Us', 'Them'] }));
    const db = s.project.path;
    await s.close();
    const listed = await cli('--db', db, 'ach');
    expect(listed.out).toBe(`${board.uid.slice(0, 8)}  Who benefits?  (2 hypotheses, 0 claims)`);
    const md = await cli('--db', db, 'ach', 'export', board.uid.slice(0, 8));
    expect(md.code, md.err).toBe(0);
    expect(md.out.split('\n')[0]).toBe('# Who benefits?');
    expect((await cli('--db', db, 'ach', 'export', board.uid, '--format', 'pdf')).code).toBe(2);
  });
});
