import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session } from '../../../../src-main/core/session';
import type { ApiCall } from '@common/api/calls';
import type { ApiInput, ApiOutput } from '@common/api/contract';
import { dump, tempDir, tempSession } from '../../../helpers/temp-project';
import { annotate, AZERNEWS, AZERTAC, importArticle, TREND } from './fixtures';

async function ok<C extends ApiCall>(s: Session, name: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const r = await dispatch(s, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

/** A project whose clock moves one second per reading, so "updated" is observable. */
function tickingSession(): Session {
  const dir = tempDir();
  let t = Date.parse('2026-01-01T00:00:00Z');
  const ports = { dataDir: dir, now: () => new Date((t += 1000)) };
  const s = new Session(createProject(join(dir, 't.dossier'), ports), ports);
  onTestFinished(() => s.close());
  return s;
}

const BORDER = "42 percent of Uzbekistan's border is under video surveillance";

async function seed(s: Session) {
  const p = s.project;
  const az = await importArticle(p, {
    text: `Border security\n\nOfficials said ${BORDER} since the new systems came online in October.`,
    title: 'Border technology',
    outlet: AZERNEWS,
    published: '2025-10-07',
  });
  const tr = await importArticle(p, {
    text: 'Uzbekistan reported that surveillance now covers nearly half of its frontier, officials said.',
    outlet: TREND,
    published: '2025-10',
  });
  const st = await importArticle(p, { text: 'The state agency denied that any new cameras were installed on the frontier.', outlet: AZERTAC });
  return {
    az,
    a1: annotate(p, az, BORDER, ['Security']),
    a2: annotate(p, tr, 'surveillance now covers nearly half of its frontier', ['Borders']),
    a3: annotate(p, st, 'denied that any new cameras were installed', ['Security']),
  };
}

describe('claims', () => {
  it('makes a claim from a passage with the quote as its statement, and returns evidence the UI can jump to', async () => {
    const s = tempSession();
    const { a1, az } = await seed(s);
    const claim = await ok(s, 'claims.createFromAnnotation', { annotation: a1.slice(0, 8), credibility: 2, eventDate: '2025-10' });
    expect(claim).toMatchObject({ statement: BORDER, eventDate: '2025-10', status: 'open', credibility: 2, evidenceCount: 1 });
    const [e] = claim.evidence;
    const doc = await ok(s, 'documents.get', { uid: az });
    expect(e).toMatchObject({
      stance: 'supports',
      annotation: { uid: a1, quote: BORDER, version: 1, anchorStatus: 'exact', themes: [{ name: 'Security' }] },
      document: { uid: az, title: 'Border technology', published: '2025-10-07' },
      outlet: { name: 'Azernews', kind: 'private_media', grade: 'B' },
    });
    expect(doc.text.slice(e!.annotation.start, e!.annotation.end)).toBe(BORDER);
    expect(claim.corroboration.grade).toBe('B2');
    expect(claim.themes.map((t) => t.name)).toEqual(['Security']);

    const edited = await ok(s, 'claims.createFromAnnotation', { annotation: a1, statement: 'Edited statement' });
    expect(edited.statement).toBe('Edited statement');
  });

  it('edits evidence: add, stance and note, reorder, remove; the claim is marked updated', async () => {
    const s = tickingSession();
    const { a1, a2, a3 } = await seed(s);
    const c = await ok(s, 'claims.create', { statement: 'Cameras watch the border', evidence: [{ annotation: a1 }] });
    const first = await ok(s, 'claims.addEvidence', { claim: c.uid, annotation: a2, note: 'rounded figure' });
    expect(first.updatedAt > c.updatedAt).toBe(true);
    let d = await ok(s, 'claims.addEvidence', { claim: c.uid, annotation: a3, stance: 'contradicts' });
    expect(d.evidence.map((e) => [e.annotation.uid, e.stance, e.note])).toEqual([
      [a1, 'supports', ''],
      [a2, 'supports', 'rounded figure'],
      [a3, 'contradicts', ''],
    ]);
    d = await ok(s, 'claims.updateEvidence', { claim: c.uid, annotation: a2, stance: 'context' });
    expect(d.evidence[1]).toMatchObject({ stance: 'context', note: 'rounded figure' });
    d = await ok(s, 'claims.reorderEvidence', { claim: c.uid, annotations: [a3, a1, a2] });
    expect(d.evidence.map((e) => e.annotation.uid)).toEqual([a3, a1, a2]);
    d = await ok(s, 'claims.removeEvidence', { claim: c.uid, annotation: a1 });
    expect(d.evidence.map((e) => e.annotation.uid)).toEqual([a3, a2]);

    const dup = await dispatch(s, 'claims.addEvidence', { claim: c.uid, annotation: a2 });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const partial = await dispatch(s, 'claims.reorderEvidence', { claim: c.uid, annotations: [a2] });
    expect(partial).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps the search index in step with the statement, notes, date and credibility', async () => {
    const s = tempSession();
    const { a1 } = await seed(s);
    const c = await ok(s, 'claims.create', { statement: 'Əliyev opened the corridor', notes: 'per Azernews', evidence: [{ annotation: a1 }] });
    const item = () =>
      s.project.db
        .prepare(
          `SELECT i.date, i.credibility FROM search_items i JOIN claims c ON c.id = i.ref_id
           WHERE i.kind = 'claim' AND c.uid = ?`,
        )
        .get(c.uid);
    const hits = (q: string) =>
      (s.project.db.prepare("SELECT count(*) AS n FROM search_fts f JOIN search_items i ON i.id = f.rowid WHERE i.kind = 'claim' AND search_fts MATCH ?").get(q) as {
        n: number;
      }).n;
    expect(hits('aliyev')).toBe(1);
    await ok(s, 'claims.update', { uid: c.uid, patch: { statement: 'Corridor opened', eventDate: '2024-05', credibility: 3 } });
    expect(hits('aliyev')).toBe(0);
    expect(hits('corridor')).toBe(1);
    expect(item()).toEqual({ date: '2024-05', credibility: 3 });
    await ok(s, 'claims.delete', { uid: c.uid });
    expect(hits('corridor')).toBe(0);
    expect(s.project.db.prepare("SELECT count(*) AS n FROM search_items WHERE kind = 'claim'").get()).toEqual({ n: 0 });
  });

  it('lists with filters (theme with sub-themes, status, outlet, credibility, dates, folded text) and sorts', async () => {
    const s = tempSession();
    const { a1, a2, a3 } = await seed(s);
    const themes = await ok(s, 'themes.list', {});
    const security = themes.find((t) => t.name === 'Security')!;
    const one = await ok(s, 'claims.create', { statement: 'Cameras on the Uzbek border', eventDate: '2025-10-07', credibility: 2, evidence: [{ annotation: a1 }] });
    const two = await ok(s, 'claims.create', {
      statement: 'Frontier coverage near half',
      eventDate: '2025-10',
      status: 'corroborated',
      credibility: 3,
      evidence: [{ annotation: a2 }],
    });
    const three = await ok(s, 'claims.create', { statement: 'Ağdam cameras were never installed', eventDate: '2024', credibility: 5, evidence: [{ annotation: a3 }] });
    const uids = (list: { uid: string }[]) => list.map((c) => c.uid);
    const outlets = await ok(s, 'outlets.list', {});
    const trend = outlets.find((o) => o.name === 'Trend')!;

    expect(uids(await ok(s, 'claims.list', { theme: security.uid, sort: 'statement', direction: 'asc' }))).toEqual([three.uid, one.uid]);
    expect(uids(await ok(s, 'claims.list', { status: ['corroborated'] }))).toEqual([two.uid]);
    expect(uids(await ok(s, 'claims.list', { outlet: trend.uid }))).toEqual([two.uid]);
    expect(uids(await ok(s, 'claims.list', { annotation: a3 }))).toEqual([three.uid]);
    const doc = (await ok(s, 'documents.list', { outlet: trend.uid }))[0]!;
    expect(uids(await ok(s, 'claims.list', { document: doc.uid }))).toEqual([two.uid]);
    expect(uids(await ok(s, 'claims.list', { credibilityMin: 2, credibilityMax: 3, sort: 'credibility', direction: 'asc' }))).toEqual([one.uid, two.uid]);
    expect(uids(await ok(s, 'claims.list', { from: '2025-10', to: '2025-10', sort: 'eventDate', direction: 'asc' }))).toEqual([two.uid, one.uid]);
    expect(uids(await ok(s, 'claims.list', { text: 'agdam' }))).toEqual([three.uid]);
    expect(uids(await ok(s, 'claims.list', { sort: 'grade', direction: 'asc' }))).toEqual([one.uid, two.uid, three.uid]);
    expect(uids(await ok(s, 'claims.list', { sort: 'created', direction: 'desc', limit: 2 }))).toEqual([three.uid, two.uid]);

    // A sub-theme's passages count for its parent theme.
    const child = await ok(s, 'themes.create', { name: 'Cameras', parent: security.uid });
    s.project.db.prepare('DELETE FROM annotation_themes').run();
    s.project.db
      .prepare('INSERT INTO annotation_themes (annotation_id, theme_id) SELECT a.id, t.id FROM annotations a, themes t WHERE a.uid = ? AND t.uid = ?')
      .run(a2, child.uid);
    expect(uids(await ok(s, 'claims.list', { theme: security.uid }))).toEqual([two.uid]);
  });

  it('groups the timeline by month, year-only dates by year, and counts undated claims', async () => {
    const s = tempSession();
    const { a1 } = await seed(s);
    const evidence = [{ annotation: a1 }];
    for (const [statement, eventDate] of [
      ['c', '2025-10-20'],
      ['a', '2025-10-02'],
      ['y', '2025'],
      ['n', null],
      ['s', '2024-09'],
    ] as const) {
      await ok(s, 'claims.create', { statement, eventDate, evidence });
    }
    const t = await ok(s, 'claims.timeline', {});
    expect(t.groups.map((g) => [g.period, g.claims.map((c) => c.statement)])).toEqual([
      ['2024-09', ['s']],
      ['2025', ['y']],
      ['2025-10', ['a', 'c']],
    ]);
    expect(t.undated).toBe(1);
  });

  it('filters the table and the timeline by the kinds of the outlets a claim cites', async () => {
    const s = tempSession();
    const { a1, a2, a3 } = await seed(s);
    const privateOnly = await ok(s, 'claims.create', { statement: 'private', eventDate: '2025-10-01', evidence: [{ annotation: a1 }, { annotation: a2 }] });
    const stateOnly = await ok(s, 'claims.create', { statement: 'state', eventDate: '2025-11-01', evidence: [{ annotation: a3 }] });
    const both = await ok(s, 'claims.create', { statement: 'both', eventDate: '2025-11-02', evidence: [{ annotation: a2 }, { annotation: a3, stance: 'contradicts' }] });
    await ok(s, 'claims.create', { statement: 'none', eventDate: '2025-11-03' });
    // Counted by SQL: claims with a passage from a state outlet.
    const bySql = s.project.db
      .prepare(`SELECT DISTINCT c.uid FROM claims c JOIN claim_evidence e ON e.claim_id = c.id JOIN annotations a ON a.id = e.annotation_id
        JOIN documents d ON d.id = a.document_id JOIN outlets o ON o.id = d.outlet_id WHERE o.kind = 'state_media' ORDER BY c.id`)
      .pluck().all();
    expect(bySql).toEqual([stateOnly.uid, both.uid]);
    const t = await ok(s, 'claims.timeline', { kinds: ['state_media'] });
    expect(t.groups.map((g) => [g.period, g.claims.map((c) => c.statement)])).toEqual([['2025-11', ['state', 'both']]]);
    const listed = await ok(s, 'claims.list', { kinds: ['private_media'], sort: 'statement', direction: 'asc' });
    expect(listed.map((c) => c.uid)).toEqual([both.uid, privateOnly.uid]);
    expect(await ok(s, 'claims.list', { kinds: ['think_tank'] })).toEqual([]);
    // With another filter the kinds narrow it further.
    expect((await ok(s, 'claims.timeline', { kinds: ['state_media', 'private_media'], from: '2025-11' })).groups[0]!.claims.map((c) => c.statement)).toEqual(['state', 'both']);
    expect((await dispatch(s, 'claims.timeline', { kinds: ['tabloid'] })).ok).toBe(false);
  });

  it('rejects junk and unknown references and changes nothing', async () => {
    const s = tempSession();
    const { a1 } = await seed(s);
    const c = await ok(s, 'claims.create', { statement: 'Kept', evidence: [{ annotation: a1 }] });
    const before = dump(s.project);
    const bad: [ApiCall, unknown][] = [
      ['claims.create', { statement: '   ' }],
      ['claims.create', { statement: 'x', credibility: 7 }],
      ['claims.create', { statement: 'x', eventDate: '2025-13' }],
      ['claims.create', { statement: 'x', evidence: [{ annotation: a1 }, { annotation: a1 }] }],
      ['claims.create', { statement: 'x', evidence: [{ annotation: a1 }, { annotation: 'nope' }] }],
      ['claims.create', { statement: 'x', evidence: [{ annotation: a1, stance: 'agrees' }] }],
      ['claims.createFromAnnotation', { annotation: 'missing' }],
      ['claims.update', { uid: c.uid, patch: { status: 'maybe' } }],
      ['claims.update', { uid: 'missing', patch: { statement: 'y' } }],
      ['claims.update', { uid: c.uid, patch: { statement: '' } }],
      ['claims.addEvidence', { claim: c.uid, annotation: 'missing' }],
      ['claims.updateEvidence', { claim: c.uid, annotation: 'missing', note: 'x' }],
      ['claims.removeEvidence', { claim: 'missing', annotation: a1 }],
      ['claims.delete', { uid: 'missing' }],
      ['claims.list', { sort: 'colour' }],
      ['claims.list', { status: 'open' }],
      ['claims.timeline', { from: 'yesterday' }],
    ];
    for (const [name, input] of bad) {
      const r = await dispatch(s, name, input);
      expect(r.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
    }
    expect(dump(s.project)).toEqual(before);
  });
});
