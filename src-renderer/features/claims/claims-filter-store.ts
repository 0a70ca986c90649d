import { create } from 'zustand';
import type { ClaimStatus } from '@common/api/schemas/claims';
import type { OutletKind } from '@common/api/schemas/outlets';

export type ClaimSortKey = 'statement' | 'eventDate' | 'status' | 'credibility' | 'grade' | 'support' | 'evidence' | 'created' | 'updated';

export interface ClaimFilterValues {
  theme: string | null;
  status: ClaimStatus[];
  outlet: string | null;
  kinds: OutletKind[];
  credibility: [number, number];
  from: string;
  to: string;
  text: string;
}

export const NO_FILTER: ClaimFilterValues = { theme: null, status: [], outlet: null, kinds: [], credibility: [1, 6], from: '', to: '', text: '' };

interface State {
  filter: ClaimFilterValues;
  sort: ClaimSortKey;
  direction: 'asc' | 'desc';
  setFilter(patch: Partial<ClaimFilterValues>): void;
  clear(): void;
  sortBy(key: ClaimSortKey): void;
}

/** The claims view's filters and sort, kept while the analyst visits other views. */
export const useClaimFilter = create<State>((set, get) => ({
  filter: NO_FILTER,
  sort: 'updated',
  direction: 'desc',
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  clear: () => set({ filter: NO_FILTER }),
  // A second click on the same header flips the direction; a new column starts ascending.
  sortBy: (key) => set(get().sort === key ? { direction: get().direction === 'asc' ? 'desc' : 'asc' } : { sort: key, direction: 'asc' }),
}));
