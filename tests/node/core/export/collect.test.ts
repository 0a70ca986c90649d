import { describe, expect, it } from 'vitest';
import { collect } from '../../../../src-main/core/export/collect';
import { tempSession } from '../../../helpers/temp-project';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { buildSampleNotes, EMOJI_ARTICLE } from './sample-notes';

describe('collect: what each export scope covers', () => {
  it('a project: everything, with the theme tree and each annotation placed in the current text', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const b = collect(p, { kind: 'project' });
    expect(b.documents).toHaveLength(2);
    expect(b.themes.map((t) => t.name).sort()).toEqual(['Defence industry', 'Energy', 'Security', 'Türkiye–Azərbaycan corridors', 'UAVs']);
    expect(b.themes.find((t) => t.name === 'UAVs')?.parentUid).toBe(ids.themes.security);
    expect(b.annotations.map((a) => a.uid).sort()).toEqual([...ids.annotations].sort());
    const texts = new Map(b.documents.map((d) => [d.uid, d.text]));
    for (const a of b.annotations) {
      expect(a.positioned).toBe(true);
      expect(texts.get(a.documentUid)!.slice(a.start, a.end)).toBe(a.exact);
    }
    expect(b.claims).toHaveLength(2);
    expect(b.arguments).toHaveLength(1);
    expect(b.arguments[0]!.body.type.name).toBe('doc');
  });

  it('a theme: its annotations and those of its sub-themes, the claims they back, their documents and ancestor themes', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const b = collect(p, { kind: 'theme', theme: 'security' });
    // Security itself (OTS), UAVs (two passages), Defence industry (one).
    expect(b.annotations.map((a) => a.exact).sort()).toEqual(
      ['-5 percent growth', 'Organization of Turkic States (OTS)', 'defense-industrial footprint', '𝒜lmaty on Monday 🤝'].sort(),
    );
    expect(b.scope).toEqual({ kind: 'theme', label: 'theme Security' });
    expect(b.claims.map((c) => c.uid).sort()).toEqual([...ids.claims].sort());
    // A claim's evidence outside the theme still names its document, for the citation.
    expect(b.documents).toHaveLength(2);
    const sub = collect(p, { kind: 'theme', theme: ids.themes.uavs });
    expect(sub.annotations).toHaveLength(2);
    expect(sub.themes.map((t) => t.name).sort()).toEqual(['Energy', 'Security', 'UAVs']);
    expect(sub.claims).toHaveLength(0);
  });

  it('an argument: its claims, their evidence and its documents', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const b = collect(p, { kind: 'argument', uid: ids.argument.slice(0, 8) });
    expect(b.arguments.map((a) => a.title)).toEqual(['Connectivity as security']);
    expect(b.claims).toHaveLength(2);
    expect(b.annotations.map((a) => a.uid).sort()).toEqual([ids.annotations[0], ids.annotations[1], ids.annotations[2]].sort());
    expect(b.claims[0]!.evidence.map((e) => e.stance)).toEqual(['supports', 'context']);
  });

  it('search results: the union of the items referred to', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const b = collect(p, {
      kind: 'refs',
      refs: [
        { kind: 'annotation', uid: ids.annotations[5]! },
        { kind: 'claim', uid: ids.claims[1]! },
      ],
    });
    const passage = collect(p, { kind: 'refs', refs: [{ kind: 'passage', uid: ids.docs.emoji }] });
    expect(passage.annotations).toHaveLength(4);
    expect(b.annotations.map((a) => a.uid).sort()).toEqual([ids.annotations[5], ids.annotations[0]].sort());
    expect(b.claims.map((c) => c.uid)).toEqual([ids.claims[1]]);
    expect(b.documents).toHaveLength(2);
    expect(b.arguments).toHaveLength(0);
  });

  it('a document scope has only that document and its annotations; unknown refs fail clearly', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const b = collect(p, { kind: 'document', uid: ids.docs.sample });
    expect(b.annotations.every((a) => a.documentUid === ids.docs.sample)).toBe(true);
    expect(b.annotations).toHaveLength(2);
    expect(b.scope.documentUid).toBe(ids.docs.sample);
    expect(() => collect(p, { kind: 'theme', theme: 'No such theme' })).toThrow(/no theme matches/);
    expect(() => collect(p, { kind: 'argument', uid: 'ffffffff' })).toThrow(/no argument matches/);
    expect(() => collect(p, { kind: 'refs', refs: [{ kind: 'claim', uid: 'nope' }] })).toThrow(/no claim matches/);
  });

  it('marks an annotation whose passage is gone from the current text as not positioned', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    // A corrected version of the article drops the Almaty sentence: that annotation is orphaned.
    const corrected = EMOJI_ARTICLE.replace('Officials 😀🇦🇿 met in 𝒜lmaty on Monday 🤝 to discuss the route.\n\n', '');
    const r = await importFiles(p, { items: [{ kind: 'text', text: corrected, name: 'zangezur-v2.txt' }], overrides: { versionOf: ids.docs.emoji } });
    expect(r.results[0]?.status).toBe('version');
    const b = collect(p, { kind: 'project' });
    expect(b.annotations.filter((a) => !a.positioned).map((a) => a.uid)).toEqual([ids.annotations[3]]);
    const text = b.documents.find((d) => d.uid === ids.docs.emoji)!.text;
    for (const a of b.annotations.filter((x) => x.positioned && x.documentUid === ids.docs.emoji)) expect(text.slice(a.start, a.end)).toBe(a.exact);
  });
});
