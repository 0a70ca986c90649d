import { create } from 'zustand';
import type { ApiInput } from '@common/api/contract';
import { isPartialDate } from '@common/text/partial-date';
import { useUi } from '../../state/ui-store';

type Query = ApiInput<'search.query'>;
export type FilterKind = NonNullable<Query['kinds']>[number];
/** In the order the results show them; 'document' covers title hits and passages. */
export const FILTER_KINDS: readonly FilterKind[] = ['document', 'annotation', 'claim', 'argument'];

export interface SearchFilters {
  kinds: FilterKind[];
  theme: string | null;
  outlet: string | null;
  from: string;
  to: string;
  credibilityMin: number | null;
  credibilityMax: number | null;
  /** Also match inflections, other spellings and scripts of names, and aliases. */
  expand: boolean;
}

export const NO_FILTERS: SearchFilters = {
  kinds: [...FILTER_KINDS],
  theme: null,
  outlet: null,
  from: '',
  to: '',
  credibilityMin: null,
  credibilityMax: null,
  expand: true,
};

interface SearchState {
  query: string;
  filters: SearchFilters;
  /** Bumped by Ctrl+Shift+F, so the box takes the focus even when the view is already open. */
  focusRequest: number;
  requestFocus(): void;
  setQuery(query: string): void;
  setFilters(patch: Partial<SearchFilters>): void;
  clearFilters(): void;
}

/** Kept outside the view so that coming back from a result finds the same search. */
export const useSearch = create<SearchState>((set) => ({
  query: '',
  filters: NO_FILTERS,
  focusRequest: 0,
  requestFocus: () => set((s) => ({ focusRequest: s.focusRequest + 1 })),
  setQuery: (query) => set({ query }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set((s) => ({ filters: { ...NO_FILTERS, expand: s.filters.expand } })),
}));

/** Ctrl+Shift+F: the search view with the focus in its box. */
export function openSearch(): void {
  useUi.getState().setView('search');
  useSearch.getState().requestFocus();
}

export const hasFilters = (f: SearchFilters): boolean =>
  f.kinds.length !== FILTER_KINDS.length ||
  Boolean(f.theme || f.outlet || f.from.trim() || f.to.trim()) ||
  f.credibilityMin !== null ||
  f.credibilityMax !== null;

/**
 * The search.query input for one kind of result. Credibility only exists on claims, so it is
 * sent with the claims query alone (elsewhere it would match nothing); a half-typed date waits.
 */
export function kindQuery(query: string, f: SearchFilters, kind: FilterKind): Query {
  return {
    query,
    kinds: [kind],
    expand: f.expand,
    ...(f.theme ? { theme: f.theme } : {}),
    ...(f.outlet ? { outlet: f.outlet } : {}),
    ...(isPartialDate(f.from) ? { from: f.from.trim() } : {}),
    ...(isPartialDate(f.to) ? { to: f.to.trim() } : {}),
    ...(kind === 'claim' && f.credibilityMin !== null ? { credibilityMin: f.credibilityMin } : {}),
    ...(kind === 'claim' && f.credibilityMax !== null ? { credibilityMax: f.credibilityMax } : {}),
  };
}
