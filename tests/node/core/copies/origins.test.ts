import { describe, expect, it } from 'vitest';
import { createClaim, getClaim } from '../../../../src-main/core/claims/claims';
import { addEvidence } from '../../../../src-main/core/claims/evidence-edits';
import { documentRow } from '../../../../src-main/core/library/documents';
import { setManualUpstream } from '../../../../src-main/core/copies/upstreams';
import { findOutletByName } from '../../../../src-main/core/library/outlets';
import { tempProject } from '../../../helpers/temp-project';
import { annotate, importArticle } from '../claims/fixtures';
import { AZERTAC_ITEM, INDEPENDENT_REPORT, TREND_REPRINT } from './texts';

const AZERTAC = { name: 'AZERTAC', kind: 'state_media', grade: 'C' } as const;
const TREND = { name: 'Trend', kind: 'news_agency', grade: 'B' } as const;
const REPORT = { name: 'Report', kind: 'news_agency', grade: 'B' } as const;
const BAKU_POST = { name: 'Baku Post', kind: 'private_media', grade: 'B' } as const;
const QUOTE = 'trade turnover between the two countries grew by';

describe('independent origins', () => {
  it('counts the same text in two outlets as one origin, and an independent report as a second', async () => {
    const p = tempProject();
    const a = await importArticle(p, { text: AZERTAC_ITEM, outlet: AZERTAC, published: '2025-10-07' });
    const t = await importArticle(p, { text: TREND_REPRINT, outlet: TREND, published: '2025-10-07' });
    const claim = createClaim(p, {
      statement: 'Trade between Azerbaijan and Uzbekistan grew by 42% last year',
      eventDate: null,
      status: 'open',
      credibility: 3,
      notes: '',
      evidence: [
        { annotation: annotate(p, a, QUOTE), stance: 'supports', note: '' },
        { annotation: annotate(p, t, QUOTE), stance: 'supports', note: '' },
      ],
    });
    const c = claim.corroboration;
    expect(c.supporting.outlets.map((o) => o.name)).toEqual(['Trend', 'AZERTAC']);
    expect(c.supporting.independentOrigins).toBe(1);
    expect(c.supporting.origins).toEqual([
      { outlet: expect.objectContaining({ name: 'AZERTAC' }), name: 'AZERTAC', basis: 'earliest', reprintedBy: ['Trend'], evidence: 2 },
    ]);
    // The origin is state media: so is the claim's support, and its grade is AZERTAC's, not Trend's.
    expect(c).toMatchObject({ singleSource: true, stateMediaOnly: true, reliability: 'C', grade: 'C3' });

    const independent = await importArticle(p, { text: INDEPENDENT_REPORT, outlet: BAKU_POST, published: '2025-10-08' });
    const after = addEvidence(p, { claim: claim.uid, annotation: annotate(p, independent, 'grew by 42 percent last year'), stance: 'supports', note: '' });
    expect(after.corroboration.supporting.independentOrigins).toBe(2);
    expect(after.corroboration).toMatchObject({ singleSource: false, stateMediaOnly: false, grade: 'B3' });
  });

  it('traces a stated citation and a hand-marked reprint to the upstream outlet', async () => {
    const p = tempProject();
    const day = await importArticle(p, {
      text: 'Talks in Baku\nThe ministers agreed to double freight on the Middle Corridor, Day.Az reports citing AZERTAC.',
      outlet: { name: 'Day.Az', kind: 'private_media', grade: 'C' },
    });
    const report = await importArticle(p, {
      text: 'Freight deal\nFreight on the Middle Corridor is to double, the ministers agreed on Tuesday in the capital.',
      outlet: REPORT,
    });
    const claim = createClaim(p, {
      statement: 'Freight on the Middle Corridor is to double',
      eventDate: null,
      status: 'open',
      credibility: 4,
      notes: '',
      evidence: [
        { annotation: annotate(p, day, 'double freight on the Middle Corridor'), stance: 'supports', note: '' },
        { annotation: annotate(p, report, 'Freight on the Middle Corridor is to double'), stance: 'supports', note: '' },
      ],
    });
    expect(claim.corroboration.supporting.independentOrigins).toBe(2);
    expect(claim.corroboration.supporting.origins.map((o) => [o.name, o.basis])).toEqual([
      ['AZERTAC', 'attributed'],
      ['Report', 'own'],
    ]);
    const azertac = findOutletByName(p, 'AZERTAC')!;
    setManualUpstream(p, documentRow(p, report).id, azertac.id);
    const after = getClaim(p, claim.uid).corroboration;
    expect(after.supporting.origins).toEqual([
      { outlet: expect.objectContaining({ name: 'AZERTAC', kind: 'state_media' }), name: 'AZERTAC', basis: 'attributed', reprintedBy: ['Day.Az', 'Report'], evidence: 2 },
    ]);
    expect(after).toMatchObject({ singleSource: true, stateMediaOnly: true });
  });
});
