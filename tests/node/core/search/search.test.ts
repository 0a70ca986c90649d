import { describe, expect, it } from 'vitest';
import type { ApiInput } from '@common/api/contract';
import { dispatch } from '../../../../src-main/core/dispatch';
import type { Session } from '../../../../src-main/core/session';
import { COUNT_CAP } from '../../../../src-main/core/search/search';
import { tempSession } from '../../../helpers/temp-project';
import { addAnnotation, addArgument, addClaim, addDocument, addTheme } from './fixtures';

async function find(s: Session, input: ApiInput<'search.query'>) {
  const r = await dispatch(s, 'search.query', input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A small project with one of every kind, all mentioning the Middle Corridor. */
function world() {
  const s = tempSession();
  const p = s.project;
  const energy = addTheme(p, 'Energy');
  const pipelines = addTheme(p, 'Pipelines', energy);
  const security = addTheme(p, 'Security');
  const baku = addDocument(p, {
    title: 'Baku and the Middle Corridor',
    outlet: 'Azernews',
    published: '2025-10-07',
    paragraphs: ['Freight volumes on the Middle Corridor doubled.', 'The pipeline to Türkiye runs at capacity.'],
  });
  const astana = addDocument(p, {
    title: 'Astana weighs rail links',
    outlet: 'Anadolu Agency',
    published: '2024-03',
    paragraphs: ['Kazakhstan says the corridor needs new rail links.', 'Drone exports grew.'],
  });
  const ann = addAnnotation(p, baku, 'The pipeline to Türkiye runs at capacity.', { note: 'Energy security angle', themes: [pipelines] });
  const annSec = addAnnotation(p, astana, 'Drone exports grew.', { note: 'defence industry', themes: [security] });
  const claim = addClaim(p, 'Freight on the Middle Corridor doubled in 2025', {
    credibility: 2,
    eventDate: '2025-06',
    notes: 'Check against customs data',
    evidence: [ann.id],
  });
  const weakClaim = addClaim(p, 'The corridor will replace northern routes', { credibility: 5, eventDate: '2023' });
  const arg = addArgument(p, 'Why the corridor matters', 'Trade is shifting south', 'The Middle Corridor is the core of the argument.', [claim.uid]);
  return { s, baku, astana, ann, annSec, claim, weakClaim, arg };
}

describe('search.query over every kind', () => {
  it('finds documents, passages, annotations, claims and arguments, each with its own uid and text', async () => {
    const w = world();
    const r = await find(w.s, { query: '"middle corridor"' });
    const byKind = Object.fromEntries(r.hits.map((h) => [h.kind, h]));
    expect(Object.keys(byKind).sort()).toEqual(['argument', 'claim', 'document', 'passage']);
    expect(byKind.document).toMatchObject({ uid: w.baku.uid, documentUid: w.baku.uid, title: 'Baku and the Middle Corridor', titleHighlights: [[13, 28]], outlet: 'Azernews', date: '2025-10-07' });
    expect(byKind.passage).toMatchObject({ uid: w.baku.uid, snippet: 'Freight volumes on the Middle Corridor doubled.', highlights: [[23, 38]], offset: 0 });
    expect(byKind.claim).toMatchObject({ uid: w.claim.uid, documentUid: null, title: 'Freight on the Middle Corridor doubled in 2025', credibility: 2 });
    expect(byKind.argument).toMatchObject({ uid: w.arg.uid, title: 'Why the corridor matters', snippet: 'The Middle Corridor is the core of the argument.', highlights: [[4, 19]] });
    expect(r).toMatchObject({ total: 4, totalExact: true, hasMore: false, stale: false });
  });

  it('annotations are found by quote (with the document offset) and by note', async () => {
    const w = world();
    const byQuote = (await find(w.s, { query: 'pipeline', kinds: ['annotation'] })).hits;
    expect(byQuote).toHaveLength(1);
    expect(byQuote[0]).toMatchObject({ kind: 'annotation', uid: w.ann.uid, documentUid: w.baku.uid, snippet: 'The pipeline to Türkiye runs at capacity.', offset: w.ann.start });
    const byNote = (await find(w.s, { query: 'angle' })).hits;
    expect(byNote).toMatchObject([{ kind: 'annotation', uid: w.ann.uid, snippet: 'Energy security angle', highlights: [[16, 21]], offset: null }]);
  });

  it('claims are found by their notes too', async () => {
    const w = world();
    expect((await find(w.s, { query: 'customs' })).hits).toMatchObject([{ kind: 'claim', uid: w.claim.uid, snippet: 'Check against customs data' }]);
  });

  it('ranked: a title hit outranks a body hit', async () => {
    const s = tempSession();
    const body = addDocument(s.project, { title: 'Other news', paragraphs: ['Uzbekistan and uzbekistan and Uzbekistan again.'] });
    const title = addDocument(s.project, { title: 'Uzbekistan report', paragraphs: ['Nothing else here at all, just filler words.'] });
    const r = await find(s, { query: 'uzbekistan' });
    expect(r.hits.map((h) => [h.kind, h.uid])).toEqual([
      ['document', title.uid],
      ['passage', body.uid],
    ]);
    expect(r.hits[0]!.score!).toBeLessThan(r.hits[1]!.score!);
  });

  it('fast mode returns the newest index rows first, unscored', async () => {
    const s = tempSession();
    const docs = ['one', 'two', 'three'].map((n) => addDocument(s.project, { title: n, paragraphs: [`common word ${n}`] }));
    const r = await find(s, { query: 'common', mode: 'fast' });
    expect(r.hits.map((h) => h.uid)).toEqual(docs.map((d) => d.uid).reverse());
    expect(r.hits.every((h) => h.score === null)).toBe(true);
  });

  it('pages with limit and offset; hasMore and the total tell what is left', async () => {
    const s = tempSession();
    for (let i = 0; i < 7; i++) addDocument(s.project, { title: `Doc ${i}`, paragraphs: [`steppe ${i}`] });
    const first = await find(s, { query: 'steppe', limit: 3, mode: 'fast' });
    const second = await find(s, { query: 'steppe', limit: 3, offset: 3, mode: 'fast' });
    const last = await find(s, { query: 'steppe', limit: 3, offset: 6, mode: 'fast' });
    expect([first.hasMore, second.hasMore, last.hasMore]).toEqual([true, true, false]);
    expect(first.total).toBe(7);
    expect(last.total).toBe(7);
    const past = await find(s, { query: 'steppe', offset: 20, mode: 'fast' });
    expect(past).toMatchObject({ hits: [], total: 7, totalExact: true, hasMore: false });
    expect(new Set([...first.hits, ...second.hits, ...last.hits].map((h) => h.snippet)).size).toBe(7);
  });

  it('ranked filtered pages count their matches in the page query, with the same totals and cap as fast pages', async () => {
    const s = tempSession();
    for (let i = 0; i < 5; i++) addDocument(s.project, { title: `Doc ${i}`, paragraphs: [`tundra ${i}`] });
    s.project.db.transaction(() => {
      for (let i = 0; i < COUNT_CAP + 3; i++) addClaim(s.project, `tundra claim ${i}`);
    })();
    for (const [kinds, total, totalExact] of [[['document'], 5, true], [['claim'], COUNT_CAP, false]] as const) {
      for (const offset of [0, 2, 4, 20, COUNT_CAP + 1]) {
        const input = { query: 'tundra', kinds: [...kinds], limit: 2, offset };
        const [ranked, fast] = [await find(s, { ...input, mode: 'ranked' }), await find(s, { ...input, mode: 'fast' })];
        expect([ranked.total, ranked.totalExact, ranked.hasMore, ranked.hits.length]).toEqual([fast.total, fast.totalExact, fast.hasMore, fast.hits.length]);
        if (offset === 0) expect([ranked.total, ranked.totalExact]).toEqual([total, totalExact]);
      }
    }
  });
});

describe('search.query filters', () => {
  it('kind, from the field and inline', async () => {
    const w = world();
    const kinds = async (input: ApiInput<'search.query'>) => (await find(w.s, input)).hits.map((h) => h.kind).sort();
    expect(await kinds({ query: 'corridor', kinds: ['claim'] })).toEqual(['claim', 'claim']);
    expect(await kinds({ query: 'corridor kind:document' })).toEqual(['document', 'passage', 'passage']);
    expect(await kinds({ query: 'corridor kind:argument', kinds: ['claim'] })).toEqual([]);
  });

  it('outlet by name (folded, quoted inline) or uid', async () => {
    const w = world();
    const uids = async (input: ApiInput<'search.query'>) => [...new Set((await find(w.s, input)).hits.map((h) => h.uid))];
    expect(await uids({ query: 'corridor outlet:"anadolu agency"' })).toEqual([w.astana.uid]);
    expect(await uids({ query: 'corridor', outlet: 'AZERNEWS' })).toEqual([w.baku.uid]);
    const r = await find(w.s, { query: 'corridor outlet:Nowhere' });
    expect(r.hits).toEqual([]);
    expect(r.notices).toEqual(['no outlet named "Nowhere"']);
  });

  it('theme: annotations with it or a sub-theme, the passages inside them (not the rest of their document), claims and arguments built on them', async () => {
    const w = world();
    const r = await find(w.s, { query: 'corridor OR pipeline OR drone', theme: 'energy' });
    const got = r.hits.map((h) => `${h.kind}:${h.uid}`).sort();
    expect(got).toEqual(
      [`annotation:${w.ann.uid}`, `argument:${w.arg.uid}`, `claim:${w.claim.uid}`, `document:${w.baku.uid}`, `passage:${w.baku.uid}`].sort(),
    );
    // The untagged paragraph of the tagged document (Middle Corridor freight) is not a theme passage.
    expect(r.hits.filter((h) => h.kind === 'passage').map((h) => h.snippet)).toEqual(['The pipeline to Türkiye runs at capacity.']);
    const sec = await find(w.s, { query: 'drone theme:Security' });
    expect(sec.hits.map((h) => `${h.kind}:${h.uid}`).sort()).toEqual([`annotation:${w.annSec.uid}`, `passage:${w.astana.uid}`]);
  });

  it('filters alone list what they select, newest first', async () => {
    const w = world();
    const byOutlet = await find(w.s, { query: 'outlet:Azernews' });
    expect(byOutlet.hits.map((h) => `${h.kind}:${h.uid}`).sort()).toEqual([`annotation:${w.ann.uid}`, `document:${w.baku.uid}`]);
    expect(byOutlet.hits.every((h) => h.outlet === 'Azernews')).toBe(true);
    expect(byOutlet.notices).toEqual([]);
    const byTheme = await find(w.s, { query: 'theme:Energy' });
    expect(byTheme.hits.filter((h) => h.kind === 'passage').map((h) => h.snippet)).toEqual(['The pipeline to Türkiye runs at capacity.']);
    expect(byTheme.hits.map((h) => h.kind)).toContain('annotation');
    const dated = await find(w.s, { query: '', from: '2024', to: '2025' });
    expect([...new Set(dated.hits.map((h) => h.date))]).toEqual(['2025-10-07', '2025-06', '2024-03']);
    expect((await find(w.s, { query: '-corridor outlet:Azernews' })).hits).toEqual([]);
  });

  it('date range on the item date: from/to inclusive, before/after exclusive', async () => {
    const w = world();
    const dates = async (input: ApiInput<'search.query'>) => [...new Set((await find(w.s, input)).hits.map((h) => h.date))].sort();
    expect(await dates({ query: 'corridor', from: '2025', to: '2025' })).toEqual(['2025-06', '2025-10-07']);
    expect(await dates({ query: 'corridor', to: '2024-03' })).toEqual(['2023', '2024-03']);
    expect(await dates({ query: 'corridor before:2024-03' })).toEqual(['2023']);
    expect(await dates({ query: 'corridor after:2024' })).toEqual(['2025-06', '2025-10-07']);
  });

  it('credibility keeps claims in the range', async () => {
    const w = world();
    const r = await find(w.s, { query: 'corridor', credibilityMin: 1, credibilityMax: 3 });
    expect(r.hits.map((h) => h.uid)).toEqual([w.claim.uid]);
    expect((await find(w.s, { query: 'corridor', credibilityMin: 5, credibilityMax: 2 })).hits).toEqual([]);
  });
});

describe('search.query input and cancellation', () => {
  it('invalid input is refused with a clear error', async () => {
    const s = tempSession();
    const bad = [{ query: 'x'.repeat(4001) }, { query: 'x', limit: 0 }, { query: 'x', kinds: ['tweet'] }, { query: 'x', from: 'May' }, { q: 'x' }];
    for (const input of bad) {
      const r = await dispatch(s, 'search.query', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('a newer query on the same channel makes an older queued one stale; other channels are untouched', async () => {
    const s = tempSession();
    addDocument(s.project, { title: 'Corridor', paragraphs: ['corridor text'] });
    const [older, other, newer] = await Promise.all([
      dispatch(s, 'search.query', { query: 'corr*', channel: 'box', seq: 1 }),
      dispatch(s, 'search.query', { query: 'corr*', channel: 'palette', seq: 1 }),
      dispatch(s, 'search.query', { query: 'corridor', channel: 'box', seq: 2 }),
    ]);
    expect(older).toMatchObject({ ok: true, value: { stale: true, hits: [], seq: 1, channel: 'box' } });
    expect(other).toMatchObject({ ok: true, value: { stale: false, seq: 1 } });
    expect(newer).toMatchObject({ ok: true, value: { stale: false, seq: 2, channel: 'box' } });
    if (!newer.ok || !other.ok) throw new Error('search failed');
    expect(newer.value.hits.length).toBeGreaterThan(0);
    expect(other.value.hits.length).toBe(newer.value.hits.length);
  });

  it('arrival order decides, not the size of seq: a reloaded page counting from 0 again is served', async () => {
    const s = tempSession();
    addDocument(s.project, { title: 'Corridor', paragraphs: ['corridor text'] });
    await dispatch(s, 'search.query', { query: 'corridor', channel: 'box', seq: 99 });
    const reloaded = await dispatch(s, 'search.query', { query: 'corridor', channel: 'box', seq: 0 });
    expect(reloaded).toMatchObject({ ok: true, value: { stale: false, seq: 0 } });
    // One keystroke's fast and ranked pages share a seq: neither cancels the other.
    const pair = await Promise.all(
      (['fast', 'ranked'] as const).map((mode) => dispatch(s, 'search.query', { query: 'corridor', mode, channel: 'box', seq: 1 })),
    );
    expect(pair.map((r) => r.ok && !r.value.stale && r.value.hits.length > 0)).toEqual([true, true]);
  });
});
