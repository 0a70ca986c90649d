import { describe, expect, it } from 'vitest';
import type { ApiCall } from '@common/api/calls';
import type { ApiInput, ApiOutput } from '@common/api/contract';
import { CLAIM_REF_NODE } from '@common/api/schemas/arguments';
import { renderArgument, BROKEN_CLAIM } from '../../../../src-main/core/arguments/render';
import { dispatch } from '../../../../src-main/core/dispatch';
import type { Session } from '../../../../src-main/core/session';
import { dump, tempSession } from '../../../helpers/temp-project';
import { annotate, AZERNEWS, AZERTAC, importArticle } from '../claims/fixtures';

async function ok<C extends ApiCall>(s: Session, name: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const r = await dispatch(s, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

const ref = (claimUid: string, stance: string) => ({ type: CLAIM_REF_NODE, attrs: { claimUid, stance } });
const text = (t: string) => ({ type: 'text', text: t });
const doc = (...paragraphs: unknown[][]) => JSON.stringify({ type: 'doc', content: paragraphs.map((content) => ({ type: 'paragraph', content })) });

async function twoClaims(s: Session) {
  const a = await importArticle(s.project, { text: 'Cameras cover 42 percent of the border, officials said.', title: 'Cameras on the border', outlet: AZERNEWS, author: 'Leyla Məmmədova', published: '2025-10' });
  const b = await importArticle(s.project, { text: 'The agency denied that cameras were installed.', title: 'No cameras', outlet: AZERTAC });
  const supported = await ok(s, 'claims.create', {
    statement: 'Cameras cover 42% of the border',
    credibility: 2,
    evidence: [{ annotation: annotate(s.project, a, 'Cameras cover 42 percent of the border') }],
  });
  const denied = await ok(s, 'claims.create', {
    statement: 'No cameras were installed',
    evidence: [{ annotation: annotate(s.project, b, 'denied that cameras were installed') }],
  });
  return { supported, denied };
}

describe('arguments', () => {
  it('saves a body with two claim references and numbers them by first appearance', async () => {
    const s = tempSession();
    const { supported, denied } = await twoClaims(s);
    const arg = await ok(s, 'arguments.create', { title: 'Border technology', thesis: 'Surveillance is expanding' });
    expect(arg).toMatchObject({ body: '{"type":"doc","content":[]}', references: [], claimCount: 0 });
    const body = doc(
      [text('Officials report wide coverage '), ref(supported.uid, 'supports'), text('.')],
      [text('State media deny it '), ref(denied.uid, 'contradicts'), text(', but see again '), ref(supported.uid, 'supports')],
    );
    const saved = await ok(s, 'arguments.update', { uid: arg.uid, patch: { body, bodyText: 'Officials report wide coverage. State media deny it' } });
    expect(saved.body).toBe(body);
    expect(saved.references.map((r) => [r.number, r.claimUid, r.stance])).toEqual([
      [1, supported.uid, 'supports'],
      [2, denied.uid, 'contradicts'],
      [1, supported.uid, 'supports'],
    ]);
    expect(saved.citations.map((c) => [c.number, c.claim?.statement, c.broken])).toEqual([
      [1, supported.statement, false],
      [2, denied.statement, false],
    ]);
    expect(saved.supporting.map((c) => c.number)).toEqual([1]);
    expect(saved.opposing.map((c) => c.number)).toEqual([2]);
    expect(saved.supporting[0]!.claim!.evidence[0]!.outlet!.name).toBe('Azernews');
    expect(saved.supporting[0]!.claim!.corroboration.grade).toBe('B2');
    expect(saved).toMatchObject({ claimCount: 2, brokenCount: 0, title: 'Border technology', thesis: 'Surveillance is expanding' });

    // Reload from the file: the same references come back.
    const again = await ok(s, 'arguments.get', { uid: arg.uid.slice(0, 8) });
    expect(again.references).toEqual(saved.references);
    expect((await ok(s, 'claims.get', { uid: supported.uid })).arguments).toEqual([{ uid: arg.uid, title: 'Border technology', references: 2 }]);

    // A new body rewrites the references; the text is derived when bodyText is left out.
    const swapped = await ok(s, 'arguments.update', { uid: arg.uid, patch: { body: doc([ref(denied.uid, 'context'), text(' only')]) } });
    expect(swapped.references.map((r) => [r.number, r.claimUid, r.stance])).toEqual([[1, denied.uid, 'context']]);
    expect(swapped.bodyText).toBe('[1] only');
    expect(swapped.context.map((c) => c.claimUid)).toEqual([denied.uid]);
  });

  it('keeps the search index in step and lists arguments by folded text', async () => {
    const s = tempSession();
    const arg = await ok(s, 'arguments.create', { title: 'Corridor politics' });
    await ok(s, 'arguments.update', { uid: arg.uid, patch: { body: doc([text('Əliyev and the Middle Corridor')]) } });
    const hits = (q: string) =>
      (s.project.db.prepare("SELECT count(*) AS n FROM search_fts f JOIN search_items i ON i.id = f.rowid WHERE i.kind = 'argument' AND search_fts MATCH ?").get(q) as {
        n: number;
      }).n;
    expect(hits('aliyev')).toBe(1);
    expect((await ok(s, 'arguments.list', { text: 'ALIYEV' })).map((a) => a.uid)).toEqual([arg.uid]);
    expect(await ok(s, 'arguments.list', { text: 'nothing like it' })).toEqual([]);
    await ok(s, 'arguments.delete', { uid: arg.uid });
    expect(hits('aliyev')).toBe(0);
    expect(await ok(s, 'arguments.list', {})).toEqual([]);
  });

  it('deleting a cited claim names the argument first, then its reference renders broken', async () => {
    const s = tempSession();
    const { supported, denied } = await twoClaims(s);
    const arg = await ok(s, 'arguments.create', { title: 'Border technology' });
    await ok(s, 'arguments.update', { uid: arg.uid, patch: { body: doc([ref(supported.uid, 'supports'), ref(denied.uid, 'contradicts')]) } });

    const impact = await ok(s, 'claims.deleteImpact', { uid: supported.uid });
    expect(impact.arguments).toEqual([{ uid: arg.uid, title: 'Border technology', references: 1 }]);
    expect(await ok(s, 'claims.get', { uid: supported.uid })).toBeTruthy();
    expect(await ok(s, 'claims.delete', { uid: supported.uid })).toMatchObject({ ...impact, restore: { uid: supported.uid } });
    expect((await dispatch(s, 'claims.get', { uid: supported.uid })).ok).toBe(false);

    const after = await ok(s, 'arguments.get', { uid: arg.uid });
    expect(after.references.map((r) => [r.number, r.broken])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(after.citations[0]).toMatchObject({ number: 1, claimUid: supported.uid, broken: true, claim: null });
    expect(after).toMatchObject({ claimCount: 2, brokenCount: 1 });
    expect((await ok(s, 'arguments.list', {}))[0]).toMatchObject({ brokenCount: 1 });

    const rendered = renderArgument(s.project, arg.uid);
    expect(rendered.citations.map((c) => [c.number, c.statement, c.broken, c.grade])).toEqual([
      [1, BROKEN_CLAIM, true, null],
      [2, denied.statement, false, 'D6'],
    ]);
    expect(rendered.citations[1]!.sources).toEqual(['“No cameras,” AZERTAC.']);
  });

  it('renders supporting sources as notes citations', async () => {
    const s = tempSession();
    const { supported } = await twoClaims(s);
    const arg = await ok(s, 'arguments.create', { title: 'A' });
    await ok(s, 'arguments.update', { uid: arg.uid, patch: { body: doc([ref(supported.uid, 'supports')]) } });
    expect(renderArgument(s.project, arg.uid).citations[0]!.sources).toEqual(['Leyla Məmmədova, “Cameras on the border,” Azernews, October 2025.']);
  });

  it('renders the body as text with numbered markers, blocks apart', async () => {
    const s = tempSession();
    const { supported, denied } = await twoClaims(s);
    const arg = await ok(s, 'arguments.create', { title: 'A' });
    const body = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Findings')] },
        { type: 'paragraph', content: [text('Coverage grows'), ref(supported.uid, 'supports'), text(' though denied'), ref(denied.uid, 'contradicts'), text('.')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Again'), ref(supported.uid, 'supports')] }] }] },
      ],
    });
    const saved = await ok(s, 'arguments.update', { uid: arg.uid, patch: { body } });
    expect(saved.bodyText).toBe('Findings\n\nCoverage grows[1] though denied[2].\n\nAgain[1]');
    expect(renderArgument(s.project, arg.uid, (n) => `[^${n}]`).text).toBe('Findings\n\nCoverage grows[^1] though denied[^2].\n\nAgain[^1]');
  });

  it('rejects junk bodies and inputs and changes nothing', async () => {
    const s = tempSession();
    const { supported } = await twoClaims(s);
    const arg = await ok(s, 'arguments.create', { title: 'Kept' });
    await ok(s, 'arguments.update', { uid: arg.uid, patch: { body: doc([ref(supported.uid, 'supports')]) } });
    const before = dump(s.project);
    const deep = (n: number): unknown => (n === 0 ? text('x') : { type: 'blockquote', content: [deep(n - 1)] });
    const bad: [ApiCall, unknown][] = [
      ['arguments.update', { uid: arg.uid, patch: { body: 'not json' } }],
      ['arguments.update', { uid: arg.uid, patch: { body: '{"type":"paragraph"}' } }],
      ['arguments.update', { uid: arg.uid, patch: { body: '[]' } }],
      ['arguments.update', { uid: arg.uid, patch: { body: doc([ref(supported.uid, 'endorses')]) } }],
      ['arguments.update', { uid: arg.uid, patch: { body: doc([{ type: CLAIM_REF_NODE, attrs: {} }]) } }],
      ['arguments.update', { uid: arg.uid, patch: { body: JSON.stringify({ type: 'doc', content: 'x' }) } }],
      ['arguments.update', { uid: arg.uid, patch: { body: JSON.stringify({ type: 'doc', content: [deep(500)] }) } }],
      ['arguments.update', { uid: arg.uid, patch: { bodyText: 'text without body' } }],
      ['arguments.update', { uid: arg.uid, patch: { title: '  ' } }],
      ['arguments.update', { uid: 'missing', patch: { title: 'x' } }],
      ['arguments.create', { title: '' }],
      ['arguments.create', { title: 'x', body: '{}' }],
      ['arguments.delete', { uid: 'missing' }],
      ['arguments.get', { uid: 'missing' }],
      ['arguments.list', { sort: 'title' }],
    ];
    for (const [name, input] of bad) {
      const r = await dispatch(s, name, input);
      expect(r.ok, `${name} ${JSON.stringify(input).slice(0, 80)}`).toBe(false);
    }
    expect(dump(s.project)).toEqual(before);
  });
});
