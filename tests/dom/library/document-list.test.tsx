import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '@common/api/schemas/documents';
import { DocumentList } from '../../../src-renderer/features/library/DocumentList';
import { useLibrary } from '../../../src-renderer/features/library/library-store';
import { mountGrid } from '../mount-grid';

const docs: DocumentSummary[] = Array.from({ length: 5000 }, (_, i) => ({
  uid: `doc-${i}`,
  title: `Article ${i}`,
  outlet: i % 2 ? 'Azernews' : null,
  outletUid: null,
  author: null,
  authorKind: null,
  url: null,
  published: i % 3 ? '2025-10' : null,
  language: null,
  origin: 'x.txt',
  version: 1,
  annotationCount: i % 7,
  createdAt: '2026-01-02T03:04:05.000Z',
}));

const m = mountGrid();
const { grid, bodyRows, key } = m;
let opened: string[];

beforeEach(() => {
  useLibrary.setState({ sort: 'created', direction: 'desc', active: 0 });
  opened = [];
  m.render(<DocumentList docs={docs} onOpen={(uid) => opened.push(uid)} />);
});

describe('DocumentList', () => {
  it('renders only a screenful of 5,000 documents, with the columns filled', () => {
    expect(grid().getAttribute('aria-rowcount')).toBe('5001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    const cells = Array.from(rows[1]!.querySelectorAll('[role="gridcell"]')).map((c) => c.textContent);
    expect(cells).toEqual(['Article 1', 'Azernews', '2025-10', '1', '2026-01-02']);
  });

  it('moves with the arrow keys, Home and End, and opens with Enter', () => {
    key('ArrowDown');
    key('ArrowDown');
    key('ArrowUp');
    expect(grid().getAttribute('aria-activedescendant')).toBe('library-row-1');
    expect(m.host.querySelector('#library-row-1')!.getAttribute('aria-selected')).toBe('true');
    key('Enter');
    expect(opened).toEqual(['doc-1']);
    key('ArrowUp');
    key('ArrowUp');
    expect(useLibrary.getState().active).toBe(0);
    key('End');
    expect(useLibrary.getState().active).toBe(4999);
    key('Enter');
    expect(opened.at(-1)).toBe('doc-4999');
  });

  it('sorts by a clicked column, toggling direction on a second click', () => {
    const sortBy = (label: string) => m.host.querySelector<HTMLButtonElement>(`[aria-label="Sort by ${label}"]`)!;
    act(() => sortBy('title').click());
    expect(useLibrary.getState()).toMatchObject({ sort: 'title', direction: 'asc' });
    expect(sortBy('title').closest('[role="columnheader"]')!.getAttribute('aria-sort')).toBe('ascending');
    act(() => sortBy('title').click());
    expect(useLibrary.getState()).toMatchObject({ sort: 'title', direction: 'desc' });
    act(() => sortBy('annotations').click());
    expect(useLibrary.getState()).toMatchObject({ sort: 'annotations', direction: 'desc' });
    act(() => sortBy('added').click());
    expect(useLibrary.getState()).toMatchObject({ sort: 'created', direction: 'desc' });
  });

  it('opens a clicked row', () => {
    act(() => (bodyRows()[2] as HTMLElement).click());
    expect(opened).toEqual(['doc-2']);
    expect(useLibrary.getState().active).toBe(2);
  });
});
