import { describe, expect, it } from 'vitest';
import { createClaim, getClaim, updateClaim } from '../../../../src-main/core/claims/claims';
import { listClaims } from '../../../../src-main/core/claims/claim-list';
import type { Project } from '../../../../src-main/core/session';
import { tempProject } from '../../../helpers/temp-project';
import { annotate, AZERNEWS, AZERTAC, importArticle, MINISTRY, TREND, type Article } from './fixtures';

let n = 0;
/** One annotated article per call; the text differs each time so imports are never duplicates. */
async function passage(p: Project, outlet: Article['outlet']): Promise<string> {
  const quote = `Passage number ${++n} about the border`;
  const doc = await importArticle(p, { text: `Report ${n}\n\n${quote}, officials said.`, outlet });
  return annotate(p, doc, quote);
}

describe('corroboration', () => {
  it('counts distinct outlets per side and grades by the most reliable supporting outlet', async () => {
    const p = tempProject();
    const evidence = [
      { annotation: await passage(p, TREND), stance: 'supports' as const, note: '' },
      { annotation: await passage(p, AZERNEWS), stance: 'supports' as const, note: '' },
      // A second article of the same outlet is not a second source.
      { annotation: await passage(p, AZERNEWS), stance: 'supports' as const, note: '' },
      { annotation: await passage(p, AZERTAC), stance: 'contradicts' as const, note: '' },
      { annotation: await passage(p, undefined), stance: 'context' as const, note: '' },
    ];
    const claim = createClaim(p, { statement: 'Cameras cover the border', eventDate: null, status: 'open', credibility: 2, notes: '', evidence });
    const c = claim.corroboration;
    expect(c.supporting.outlets.map((o) => o.name)).toEqual(['Azernews', 'Trend']);
    expect(c.supporting).toMatchObject({ unattributed: 0, evidence: 3 });
    expect(c.contradicting.outlets.map((o) => [o.name, o.kind])).toEqual([['AZERTAC', 'state_media']]);
    expect(c.context).toBe(1);
    expect(c).toMatchObject({ singleSource: false, stateMediaOnly: false, reliability: 'B', grade: 'B2' });
    expect(updateClaim(p, claim.uid, { credibility: 4 }).corroboration.grade).toBe('B4');
    // The table shows the same figures as the claim page.
    expect(listClaims(p, { sort: 'updated', direction: 'desc', limit: 10 })[0]!.corroboration).toEqual(getClaim(p, claim.uid).corroboration);
  });

  it('flags a claim backed only by state media and government, and a single-source claim', async () => {
    const p = tempProject();
    const base = { eventDate: null, status: 'open' as const, credibility: 3, notes: '' };
    const official = createClaim(p, {
      ...base,
      statement: 'Official line',
      evidence: [
        { annotation: await passage(p, AZERTAC), stance: 'supports', note: '' },
        { annotation: await passage(p, MINISTRY), stance: 'supports', note: '' },
        { annotation: await passage(p, TREND), stance: 'contradicts', note: '' },
      ],
    }).corroboration;
    expect(official).toMatchObject({ stateMediaOnly: true, singleSource: false, grade: 'C3' });
    expect(official.supporting.outlets.map((o) => o.kind)).toEqual(['government', 'state_media']);

    const single = createClaim(p, {
      ...base,
      statement: 'One outlet, two articles',
      evidence: [
        { annotation: await passage(p, AZERTAC), stance: 'supports', note: '' },
        { annotation: await passage(p, AZERTAC), stance: 'supports', note: '' },
      ],
    }).corroboration;
    expect(single).toMatchObject({ singleSource: true, stateMediaOnly: true, grade: 'D3' });
    expect(single.supporting).toMatchObject({ evidence: 2, unattributed: 0 });

    // A document with no outlet is a source of its own, and not a state outlet.
    const mixed = createClaim(p, {
      ...base,
      statement: 'State media plus an unattributed report',
      evidence: [
        { annotation: await passage(p, AZERTAC), stance: 'supports', note: '' },
        { annotation: await passage(p, undefined), stance: 'supports', note: '' },
      ],
    }).corroboration;
    expect(mixed).toMatchObject({ singleSource: false, stateMediaOnly: false, grade: 'D3' });
    expect(mixed.supporting.unattributed).toBe(1);
  });

  it('grades F when no supporting outlet is graded, or nothing supports the claim', async () => {
    const p = tempProject();
    const base = { eventDate: null, status: 'open' as const, notes: '' };
    const ungraded = createClaim(p, {
      ...base,
      credibility: 3,
      statement: 'Blog says so',
      evidence: [
        { annotation: await passage(p, { name: 'Some blog', kind: 'other', grade: 'F' }), stance: 'supports', note: '' },
        { annotation: await passage(p, AZERNEWS), stance: 'contradicts', note: '' },
      ],
    }).corroboration;
    expect(ungraded).toMatchObject({ grade: 'F3', reliability: 'F', singleSource: true, stateMediaOnly: false });
    const bare = createClaim(p, { ...base, credibility: 6, statement: 'No evidence yet', evidence: [] }).corroboration;
    expect(bare).toMatchObject({ grade: 'F6', singleSource: false, stateMediaOnly: false, supporting: { outlets: [], unattributed: 0, evidence: 0 } });
  });
});
