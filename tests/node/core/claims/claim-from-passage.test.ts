import { describe, expect, it } from 'vitest';
import { tempSession } from '../../../helpers/temp-project';
import { fails, ok, rangeOf } from '../annotate/helpers';
import { AZERNEWS, importArticle } from './fixtures';

// "Make claim" on a selection nobody has tagged: the annotation and the claim come in one call,
// both or neither.

const TEXT = 'Border security\n\nOfficials said the new cameras cover 42 percent of the border since October.';
const PASSAGE = 'the new cameras cover 42 percent of the border';

const counts = async (s: ReturnType<typeof tempSession>) => {
  const info = await ok(s, 'project.info', {});
  return { annotations: (await ok(s, 'annotations.list', {})).total, claims: (await ok(s, 'claims.list', {})).length, themes: (await ok(s, 'themes.list', {})).length, info: info.counts };
};

describe('claims.createFromPassage', () => {
  it('tags the selection (snapped to words, a new theme made by name) and makes the claim citing it', async () => {
    const s = tempSession();
    const doc = await importArticle(s.project, { text: TEXT, outlet: AZERNEWS, published: '2025-10' });
    const text = (await ok(s, 'documents.get', { uid: doc })).text;
    const r = rangeOf(text, PASSAGE);
    // The selection starts and ends inside words, as a drag does.
    const made = await ok(s, 'claims.createFromPassage', { document: doc, start: r.start + 2, end: r.end - 2, themeNames: ['Border tech'], eventDate: '2025-10', credibility: 2 });
    expect(made.annotation).toMatchObject({ exact: PASSAGE, anchorStatus: 'exact' });
    expect(made.annotation.themes.map((t) => t.name)).toEqual(['Border tech']);
    expect(made.annotation.createdThemes).toHaveLength(1);
    expect(made.claim).toMatchObject({ statement: PASSAGE, eventDate: '2025-10', credibility: 2 });
    expect(made.claim.evidence.map((e) => [e.annotation.uid, e.stance])).toEqual([[made.annotation.uid, 'supports']]);
    expect((await ok(s, 'annotations.get', { uid: made.annotation.uid })).evidenceCount).toBe(1);

    // Untagged, with an edited statement.
    const bare = await ok(s, 'claims.createFromPassage', { document: doc, ...rangeOf(text, 'since October'), statement: 'Since October 2025' });
    expect(bare.annotation.themes).toEqual([]);
    expect(bare.claim.statement).toBe('Since October 2025');
  });

  it('refuses bad input and leaves neither an annotation nor a claim behind', async () => {
    const s = tempSession();
    const doc = await importArticle(s.project, { text: TEXT, outlet: AZERNEWS });
    const text = (await ok(s, 'documents.get', { uid: doc })).text;
    const r = rangeOf(text, PASSAGE);
    const before = await counts(s);

    expect((await fails(s, 'claims.createFromPassage', { document: doc, start: r.end, end: r.start })).message).toContain('end must be after start');
    expect((await fails(s, 'claims.createFromPassage', { document: doc, start: 0, end: text.length + 5 })).message).toContain('outside the document');
    // A claim field the contract refuses stops the annotation too.
    expect((await fails(s, 'claims.createFromPassage', { document: doc, ...r, eventDate: 'last week' })).code).toBe('invalid-input');
    // A theme that does not exist: no annotation, no claim, and the theme named beside it is not made either.
    expect((await fails(s, 'claims.createFromPassage', { document: doc, ...r, themeNames: ['Fresh'], themes: ['zzzzzzzz'] })).code).toBe('not-found');
    expect((await fails(s, 'claims.createFromPassage', { document: doc, ...r, statement: '   ' })).code).toBe('invalid-input');
    expect((await fails(s, 'claims.createFromPassage', { document: 'nope0000', ...r })).code).toBe('not-found');

    expect(await counts(s)).toEqual(before);
  });
});
