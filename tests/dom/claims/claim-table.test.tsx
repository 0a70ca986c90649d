import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimSummary } from '@common/api/schemas/claims';
import type { ClaimSortKey } from '../../../src-renderer/features/claims/claims-filter-store';
import { useClaimFilter } from '../../../src-renderer/features/claims/claims-filter-store';
import { ClaimTable } from '../../../src-renderer/features/claims/ClaimTable';
import { mountGrid } from '../mount-grid';

const outlets = (n: number) => Array.from({ length: n }, (_, i) => ({ uid: `o${i}`, name: `Outlet ${i}`, kind: 'state_media' as const, grade: 'B' as const }));
const side = (n: number) => ({
  outlets: outlets(n),
  unattributed: 0,
  evidence: n,
  independentOrigins: n,
  origins: outlets(n).map((o) => ({ outlet: o, name: o.name, basis: 'own' as const, reprintedBy: [], evidence: 1 })),
});
const claims: ClaimSummary[] = Array.from({ length: 5000 }, (_, i) => ({
  uid: `c-${i}`,
  statement: `Claim ${i}`,
  eventDate: i % 2 ? '2025-10' : null,
  status: 'open',
  credibility: (i % 6) + 1,
  notes: '',
  evidenceCount: 1,
  themes: [],
  corroboration: {
    supporting: side(i % 3),
    contradicting: side(i % 2),
    context: 0,
    singleSource: i % 3 === 1,
    stateMediaOnly: i % 3 > 0,
    reliability: 'B',
    grade: `B${(i % 6) + 1}`,
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}));

const m = mountGrid();
const { grid, bodyRows, key } = m;
let opened: string[];

function render(): void {
  const { sort, direction, sortBy } = useClaimFilter.getState();
  m.render(<ClaimTable claims={claims} sort={sort} direction={direction} onSort={(k: ClaimSortKey) => (sortBy(k), render())} onOpen={(uid) => opened.push(uid)} />);
}

beforeEach(() => {
  useClaimFilter.setState({ sort: 'updated', direction: 'desc' });
  opened = [];
  render();
});

describe('ClaimTable', () => {
  it('puts only the visible rows of 5,000 claims in the DOM, with grade and badges', () => {
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(80);
    expect(grid().getAttribute('aria-rowcount')).toBe('5001');
    const second = rows[1]!;
    expect(second.getAttribute('aria-label')).toBe('Claim 1');
    expect(second.textContent).toContain('B2');
    expect(second.querySelector('[aria-label="Single source"]')).not.toBeNull();
    expect(second.querySelector('[aria-label="State media only"]')).not.toBeNull();
    expect(second.querySelector('[aria-label="1 supporting independent origin"]')).not.toBeNull();
    expect(rows[0]!.querySelector('[aria-label="Single source"]')).toBeNull();
  });

  it('sorts by a header: first click ascending, second descending', () => {
    const header = () => m.host.querySelector('[aria-label="Sort by grade"]')!.closest('[role="columnheader"]')!;
    act(() => void m.host.querySelector<HTMLElement>('[aria-label="Sort by grade"]')!.click());
    expect(useClaimFilter.getState()).toMatchObject({ sort: 'grade', direction: 'asc' });
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    act(() => void m.host.querySelector<HTMLElement>('[aria-label="Sort by grade"]')!.click());
    expect(header().getAttribute('aria-sort')).toBe('descending');
  });

  it('opens a claim by click, and by arrow keys and Enter', () => {
    act(() => void (bodyRows()[2] as HTMLElement).click());
    expect(opened).toEqual(['c-2']);
    key('ArrowDown');
    key('Enter');
    expect(opened).toEqual(['c-2', 'c-3']);
    key('End');
    key('Enter');
    expect(opened.at(-1)).toBe('c-4999');
  });
});
