import { describe, expect, it } from 'vitest';
import { validateClaim } from '../../../src-renderer/features/claims/claim-form';
import { shorten } from '../../../src-renderer/features/claims/claim-labels';
import { claimFilterInput } from '../../../src-renderer/features/claims/claim-query';
import { claimSearch } from '../../../src-renderer/features/claims/claim-search';
import { NO_FILTER } from '../../../src-renderer/features/claims/claims-filter-store';

const claims = [
  { uid: '1', statement: 'İlham Əliyev opened the Zəngəzur corridor talks in Ağdam.' },
  { uid: '2', statement: '42% of Uzbekistan’s border is under video surveillance.' },
  { uid: '3', statement: 'Қазақстан ships more oil through the Middle Corridor.' },
  { uid: '4', statement: 'The Turkic Investment Fund has about $600 million of capital.' },
];

describe('claim picker search', () => {
  const find = claimSearch(claims);
  it('matches through the fold fuse misses (ı, İ, ə, Kazakh letters)', () => {
    expect(find('aliyev').map((c) => c.uid)).toEqual(['1']);
    expect(find('ilham zangazur').map((c) => c.uid)).toEqual(['1']);
    expect(find('казакстан').map((c) => c.uid)).toEqual(['3']);
  });
  it('needs every word, each with its own typo tolerance', () => {
    expect(find('uzbekistn survelance').map((c) => c.uid)).toEqual(['2']);
    expect(find('corridor').map((c) => c.uid).sort()).toEqual(['1', '3']);
    expect(find('corridor oil')[0]?.uid).toBe('3');
    expect(find('qwxz')).toEqual([]);
  });
  it('lists the claims in order for an empty query, up to the limit', () => {
    expect(find('  ', 2).map((c) => c.uid)).toEqual(['1', '2']);
  });
});

describe('claim form', () => {
  const ok = { statement: 'x', eventDate: '', status: 'open' as const, credibility: 6 };
  it('takes partial dates and no date, and refuses anything else', () => {
    for (const d of ['', '2025', '2025-10', '2025-10-07', ' 2025-10 ']) expect(validateClaim({ ...ok, eventDate: d })).toEqual({});
    for (const d of ['2025-13', '2025-1', '25', '2025-10-32', '7 October 2025'])
      expect(validateClaim({ ...ok, eventDate: d }).eventDate).toBe('a date is YYYY, YYYY-MM or YYYY-MM-DD');
  });
  it('needs a statement and a credibility of 1–6', () => {
    expect(validateClaim({ ...ok, statement: '  ' }).statement).toBeTruthy();
    expect(validateClaim({ ...ok, credibility: 7 }).credibility).toBeTruthy();
    expect(validateClaim({ ...ok, credibility: 0 }).credibility).toBeTruthy();
  });
});

describe('claim filter input', () => {
  it('sends nothing for an empty filter', () => expect(claimFilterInput(NO_FILTER)).toEqual({}));
  it('leaves out half-typed dates and an unbounded credibility end', () => {
    expect(
      claimFilterInput({ ...NO_FILTER, status: ['open', 'disputed'], credibility: [2, 6], from: '202', to: '2025-10', text: ' border ', theme: 't' }),
    ).toEqual({ status: ['open', 'disputed'], credibilityMin: 2, to: '2025-10', text: 'border', theme: 't' });
  });
});

describe('shorten', () => {
  it('cuts at a word boundary with an ellipsis and leaves short text alone', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('The State Security Service says video surveillance now covers', 30)).toBe('The State Security Service…');
  });
});
