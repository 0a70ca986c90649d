import { create } from 'zustand';
import type { ApiInput } from '@common/api/contract';
import { isPartialDate } from '@common/text/partial-date';

export type SortKey = 'title' | 'outlet' | 'published' | 'annotations' | 'created';
export type Direction = 'asc' | 'desc';

export interface LibraryFilters {
  outlet: string | null;
  theme: string | null;
  from: string;
  to: string;
  text: string;
}

const NO_FILTERS: LibraryFilters = { outlet: null, theme: null, from: '', to: '', text: '' };

/** Text columns read best A→Z; dates and counts newest/largest first. */
const FIRST_DIRECTION: Record<SortKey, Direction> = { title: 'asc', outlet: 'asc', published: 'desc', annotations: 'desc', created: 'desc' };

interface LibraryState {
  sort: SortKey;
  direction: Direction;
  filters: LibraryFilters;
  /** The keyboard cursor in the list; kept so returning from the reader lands on the same row. */
  active: number;
  sortBy(key: SortKey): void;
  setFilters(patch: Partial<LibraryFilters>): void;
  clearFilters(): void;
  setActive(index: number): void;
}

export const useLibrary = create<LibraryState>((set) => ({
  sort: 'created',
  direction: 'desc',
  filters: NO_FILTERS,
  active: 0,
  sortBy: (key) =>
    set((s) => ({
      sort: key,
      direction: s.sort === key ? (s.direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[key],
      active: 0,
    })),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch }, active: 0 })),
  clearFilters: () => set({ filters: NO_FILTERS, active: 0 }),
  setActive: (active) => set({ active }),
}));

export const hasFilters = (f: LibraryFilters): boolean => Boolean(f.outlet || f.theme || f.from.trim() || f.to.trim() || f.text.trim());

/** The documents.list query for the current sort and filters; a half-typed date is left out until it is valid. */
export function libraryQuery(s: Pick<LibraryState, 'sort' | 'direction' | 'filters'>): ApiInput<'documents.list'> {
  const { outlet, theme, from, to, text } = s.filters;
  return {
    sort: s.sort,
    direction: s.direction,
    limit: 100_000,
    ...(outlet ? { outlet } : {}),
    ...(theme ? { theme } : {}),
    ...(isPartialDate(from) ? { from: from.trim() } : {}),
    ...(isPartialDate(to) ? { to: to.trim() } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
  };
}
