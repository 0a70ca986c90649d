import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { sentenceAround } from '../../../../src-main/core/coding/hit-passages';
import { getDocument } from '../../../../src-main/core/library/documents';
import type { Session } from '../../../../src-main/core/session';
import { dump } from '../../../helpers/temp-project';
import { sampleSession } from '../analysis/fixtures';

async function ok<T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const x = await r;
  if (!x.ok) throw new Error(x.error.message);
  return x.value;
}

async function newTheme(s: Session, name: string): Promise<string> {
  return (await ok(dispatch(s, 'themes.create', { name }))).uid;
}

describe('coding from search', () => {
  it('tags the sentence of every hit once, skips what carries the theme already, and undo removes exactly those', async () => {
    const s = await sampleSession();
    const p = s.project;
    const theme = await newTheme(s, 'Drones');
    const req = { search: { query: 'drone*' }, theme };
    const before = dump(p);
    const preview = await ok(dispatch(s, 'coding.preview', req));
    expect(dump(p)).toEqual(before);
    expect(preview.toTag).toBeGreaterThanOrEqual(3);
    expect(preview.samples.map((x) => x.exact)).toContain('Its drone platforms, in particular, have become attractive due to their cost-effectiveness, proven performance, and integrated training packages.');
    const result = await ok(dispatch(s, 'coding.tagHits', req));
    expect(result.created).toHaveLength(preview.toTag);
    const text = getDocument(p, preview.samples[0]!.documentUid).text;
    const made = p.db
      .prepare(`SELECT a.uid, a.start, a."end", a.exact FROM annotations a JOIN annotation_themes at ON at.annotation_id = a.id JOIN themes t ON t.id = at.theme_id WHERE t.uid = ? ORDER BY a.start`)
      .all(theme) as { uid: string; start: number; end: number; exact: string }[];
    expect(new Set(made.map((a) => a.uid))).toEqual(new Set(result.created));
    for (const a of made) {
      expect(a.exact).toMatch(/drone/i);
      expect(text.slice(a.start, a.end)).toBe(a.exact);
      // A whole sentence: it starts a paragraph or follows a sentence end, and ends with one.
      expect(a.start === 0 || /[.!?…:\n]["'”’)]*\s*$/.test(text.slice(Math.max(0, a.start - 3), a.start)) || text[a.start - 1] === '\n').toBe(true);
      expect(a.exact).toMatch(/[.!?…]["'”’)]*$|[^.!?]$/);
    }
    // Indexed as one made in the reader is: found by search, under the language of its paragraph.
    const found = await ok(dispatch(s, 'search.query', { query: 'drone*', kinds: ['annotation'], limit: 200 }));
    expect(new Set(found.hits.map((h) => h.uid))).toEqual(new Set(result.created));
    const langs = p.db
      .prepare(`SELECT i.lang AS mine, (SELECT q.lang FROM search_items q WHERE q.kind = 'passage' AND q.document_id = i.document_id AND q.start <= i.start
          ORDER BY q.start DESC LIMIT 1) AS paragraph FROM search_items i JOIN annotations a ON a.id = i.ref_id WHERE i.kind = 'annotation' AND a.uid IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(result.created)) as { mine: string | null; paragraph: string | null }[];
    expect(langs).toHaveLength(result.created.length);
    for (const l of langs) expect(l.mine).toBe(l.paragraph ?? l.mine);
    expect(langs.every((l) => l.mine === 'en')).toBe(true);
    // Again: nothing new, all already tagged.
    const again = await ok(dispatch(s, 'coding.tagHits', req));
    expect(again).toMatchObject({ created: [], alreadyTagged: result.created.length });
    // Undo removes exactly them: the project is as before (the theme aside, made before).
    const undone = await ok(dispatch(s, 'coding.untag', { created: result.created }));
    expect(undone.removed).toBe(result.created.length);
    expect(dump(p)).toEqual(before);
  });

  it('widens to whole paragraphs when asked', async () => {
    const s = await sampleSession();
    const p = s.project;
    const theme = await newTheme(s, 'Gas');
    const preview = await ok(dispatch(s, 'coding.preview', { search: { query: 'gas' }, theme, spread: 'paragraph' }));
    expect(preview.toTag).toBeGreaterThan(0);
    const doc = getDocument(p, preview.samples[0]!.documentUid);
    for (const x of preview.samples) expect(doc.blocks.some((b) => b.start === x.start && b.end === x.end)).toBe(true);
  });

  it('finds the sentence around a hit', () => {
    const text = 'First one. The drones came! Then “quiet.” End';
    expect(text.slice(...sentenceAround(text, 0, text.length, 15, 21))).toBe('The drones came!');
    expect(text.slice(...sentenceAround(text, 0, text.length, 33, 38))).toBe('Then “quiet.”');
    expect(text.slice(...sentenceAround(text, 0, text.length, 42, 45))).toBe('End');
    expect(text.slice(...sentenceAround(text, 0, text.length, 0, 3))).toBe('First one.');
  });

  it('refuses an unknown theme or a junk search and changes nothing', async () => {
    const s = await sampleSession();
    const before = dump(s.project);
    const missing = await dispatch(s, 'coding.tagHits', { search: { query: 'drone' }, theme: 'no-such-theme' });
    expect(missing.ok || missing.error.code).toBe('not-found');
    const junk = await dispatch(s, 'coding.tagHits', { search: { query: 'drone', limit: 5 }, theme: 'x' });
    expect(junk.ok || junk.error.code).toBe('invalid-input');
    expect(dump(s.project)).toEqual(before);
  });
});

describe('saved searches', () => {
  it('saves, lists with a fresh count, replaces by name, renames and deletes', async () => {
    const s = await sampleSession();
    const saved = await ok(dispatch(s, 'savedSearches.save', { name: 'Drones', search: { query: 'drone*', kinds: ['document'] } }));
    const live = await ok(dispatch(s, 'search.query', { query: 'drone*', kinds: ['document'], mode: 'fast' }));
    expect(saved).toMatchObject({ name: 'Drones', count: live.total, countExact: true, search: { query: 'drone*', kinds: ['document'] } });
    // Tagging makes annotation hits: counted afresh without kinds filter.
    await ok(dispatch(s, 'savedSearches.save', { name: 'All drones', search: { query: 'drone*' } }));
    const first = (await ok(dispatch(s, 'savedSearches.list', {}))).find((x) => x.name === 'All drones')!;
    const theme = (await ok(dispatch(s, 'themes.create', { name: 'Drones' }))).uid;
    const tagged = await ok(dispatch(s, 'coding.tagHits', { search: { query: 'drone*' }, theme }));
    const second = (await ok(dispatch(s, 'savedSearches.list', {}))).find((x) => x.name === 'All drones')!;
    expect(second.count).toBe(first.count + tagged.created.length);

    const replaced = await ok(dispatch(s, 'savedSearches.save', { name: 'drones', search: { query: 'bayraktar' } }));
    expect(replaced.uid).toBe(saved.uid);
    expect((await ok(dispatch(s, 'savedSearches.list', {}))).map((x) => x.name)).toEqual(['All drones', 'Drones']);
    const renamed = await ok(dispatch(s, 'savedSearches.rename', { uid: saved.uid, name: 'Bayraktar' }));
    expect(renamed).toMatchObject({ name: 'Bayraktar', search: { query: 'bayraktar' } });
    const clash = await dispatch(s, 'savedSearches.rename', { uid: saved.uid, name: 'ALL DRONES' });
    expect(clash.ok || clash.error.code).toBe('conflict');
    await ok(dispatch(s, 'savedSearches.delete', { uid: saved.uid }));
    expect((await ok(dispatch(s, 'savedSearches.list', {}))).map((x) => x.name)).toEqual(['All drones']);
    const blank = await dispatch(s, 'savedSearches.save', { name: '  ', search: { query: 'x' } });
    expect(blank.ok || blank.error.code).toBe('invalid-input');
  });
});
