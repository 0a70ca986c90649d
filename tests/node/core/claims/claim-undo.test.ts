import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { tempSession } from '../../../helpers/temp-project';
import { annotate, AZERNEWS, AZERTAC, importArticle } from './fixtures';

// Deleting a claim can be undone: the same uid comes back with its fields and evidence, so the
// arguments that cite it are whole again.

describe('claim delete and its undo', () => {
  it('restores the claim, its evidence with stances and order, and heals the citing argument', async () => {
    const s = tempSession();
    const p = s.project;
    const az = await importArticle(p, { text: 'Officials said 42 percent of the border is under video surveillance.', outlet: AZERNEWS, published: '2025-10-07' });
    const st = await importArticle(p, { text: 'The state agency denied that any new cameras were installed.', outlet: AZERTAC });
    const a1 = annotate(p, az, '42 percent of the border');
    const a2 = annotate(p, st, 'denied that any new cameras were installed');
    const call = async (name: Parameters<typeof dispatch>[1], input: unknown) => {
      const r = await dispatch(s, name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as never;
    };
    const claim = await call('claims.create', {
      statement: 'Cameras cover 42% of the border',
      eventDate: '2025-10',
      status: 'disputed',
      credibility: 3,
      notes: 'check the ministry figure',
      evidence: [{ annotation: a1 }, { annotation: a2, stance: 'contradicts', note: 'denial' }],
    });
    const uid = (claim as { uid: string }).uid;
    const arg = (await call('arguments.create', { title: 'Border tech' })) as { uid: string };
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'claimRef', attrs: { claimUid: uid, stance: 'supports' } }] }] };
    await call('arguments.update', { uid: arg.uid, patch: { body: JSON.stringify(body) } });
    const before = (await call('claims.get', { uid })) as Record<string, unknown>;

    const deleted = (await call('claims.delete', { uid: before.uid })) as { restore: unknown; arguments: unknown[] };
    expect(deleted.arguments).toHaveLength(1);
    expect(((await call('arguments.get', { uid: arg.uid })) as { brokenCount: number }).brokenCount).toBe(1);

    const back = (await call('claims.restore', deleted.restore)) as Record<string, unknown>;
    const { updatedAt: _a, ...kept } = before;
    const { updatedAt: _b, ...restored } = back;
    expect(restored).toEqual(kept);
    expect(((await call('arguments.get', { uid: arg.uid })) as { brokenCount: number }).brokenCount).toBe(0);

    // Twice is a conflict and changes nothing.
    const again = await dispatch(s, 'claims.restore', deleted.restore);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await s.close();
  });

  it('leaves out evidence whose passage was deleted in the meantime; a bad snapshot is refused', async () => {
    const s = tempSession();
    const p = s.project;
    const az = await importArticle(p, { text: 'Officials said 42 percent of the border is under video surveillance.', outlet: AZERNEWS });
    const a1 = annotate(p, az, '42 percent of the border');
    const a2 = annotate(p, az, 'video surveillance');
    const made = await dispatch(s, 'claims.create', { statement: 'Cameras', evidence: [{ annotation: a1 }, { annotation: a2 }] });
    if (!made.ok) throw new Error(made.error.message);
    const deleted = await dispatch(s, 'claims.delete', { uid: made.value.uid });
    if (!deleted.ok) throw new Error(deleted.error.message);
    await dispatch(s, 'annotations.delete', { uid: a2 });
    const back = await dispatch(s, 'claims.restore', deleted.value.restore);
    expect(back.ok && back.value.evidence.map((e) => e.annotation.uid)).toEqual([a1]);

    const bad = await dispatch(s, 'claims.restore', { ...deleted.value.restore, uid: 'not-a-uid', credibility: 9 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await s.close();
  });
});
