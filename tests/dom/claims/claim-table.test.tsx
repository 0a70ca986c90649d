import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimSummary } from '../../../src-main/common/api/schemas/claims';
import type { ClaimSortKey } from '../../../src-renderer/features/claims/claims-filter-store';
import { useClaimFilter } from '../../../src-renderer/features/claims/claims-filter-store';
import { ClaimTable } from '../../../src-renderer/features/claims/ClaimTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const side = (n: number) => ({ outlets: Array.from({ length: n }, (_, i) => ({ uid: `o${i}`, name: `Outlet ${i}`, kind: 'state_media' as const, grade: 'B' as const })), unattributed: 0, evidence: n });
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

const boxes = ['offsetHeight', 'offsetWidth', 'clientHeight', 'clientWidth'] as const;
const saved = boxes.map((k) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, k));
beforeAll(() => boxes.forEach((k) => Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => 720 })));
afterAll(() => boxes.forEach((k, i) => (saved[i] ? Object.defineProperty(HTMLElement.prototype, k, saved[i]) : delete (HTMLElement.prototype as never)[k])));

let root: Root;
let host: HTMLElement;
let opened: string[];

function render(): void {
  const { sort, direction, sortBy } = useClaimFilter.getState();
  act(() =>
    root.render(
      <MantineProvider>
        <ClaimTable claims={claims} sort={sort} direction={direction} onSort={(k: ClaimSortKey) => (sortBy(k), render())} onOpen={(uid) => opened.push(uid)} />
      </MantineProvider>,
    ),
  );
}

beforeEach(() => {
  useClaimFilter.setState({ sort: 'updated', direction: 'desc' });
  opened = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  render();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const bodyRows = () => Array.from(host.querySelectorAll('[role="rowgroup"] [role="row"]'));
const grid = () => host.querySelector<HTMLElement>('[role="grid"]')!;

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
    expect(second.querySelector('[aria-label="1 supporting outlet"]')).not.toBeNull();
    expect(rows[0]!.querySelector('[aria-label="Single source"]')).toBeNull();
  });

  it('sorts by a header: first click ascending, second descending', () => {
    const header = () => host.querySelector('[aria-label="Sort by grade"]')!.closest('[role="columnheader"]')!;
    act(() => void host.querySelector<HTMLElement>('[aria-label="Sort by grade"]')!.click());
    expect(useClaimFilter.getState()).toMatchObject({ sort: 'grade', direction: 'asc' });
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    act(() => void host.querySelector<HTMLElement>('[aria-label="Sort by grade"]')!.click());
    expect(header().getAttribute('aria-sort')).toBe('descending');
  });

  it('opens a claim by click, and by arrow keys and Enter', () => {
    act(() => void (bodyRows()[2] as HTMLElement).click());
    expect(opened).toEqual(['c-2']);
    const key = (k: string) => act(() => void grid().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    key('ArrowDown');
    key('Enter');
    expect(opened).toEqual(['c-2', 'c-3']);
    key('End');
    key('Enter');
    expect(opened.at(-1)).toBe('c-4999');
  });
});
