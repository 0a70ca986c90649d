import { create } from 'zustand';

interface FindState {
  open: boolean;
  query: string;
  /** Bumped by every Ctrl+F, so a bar already open takes the focus again. */
  request: number;
  /** Matches drawn in the open document, and which one is current (set by the reader's hook). */
  count: number;
  capped: boolean;
  current: number;
  show(): void;
  close(): void;
  setQuery(query: string): void;
  /** New matches, the current one first (where the reader is). */
  setMatches(count: number, capped: boolean, current: number): void;
  step(delta: 1 | -1): void;
}

/** The reader's find bar; the query is kept between documents, as browsers do. */
export const useFind = create<FindState>((set) => ({
  open: false,
  query: '',
  request: 0,
  count: 0,
  capped: false,
  current: 0,
  show: () => set((s) => ({ open: true, request: s.request + 1 })),
  close: () => set({ open: false }),
  setQuery: (query) => set({ query }),
  setMatches: (count, capped, current) => set({ count, capped, current }),
  step: (delta) => set((s) => (s.count ? { current: (s.current + delta + s.count) % s.count } : {})),
}));
