import { create } from 'zustand';

interface AliasState {
  /** The alias groups dialog is open. */
  open: boolean;
  /** A word or name chosen in the reader to add to another name's group ("Also search as…"). */
  alsoSearchAs: string | null;
  show(): void;
  close(): void;
  askAlsoSearchAs(name: string): void;
  closeAlsoSearchAs(): void;
}

export const useAliases = create<AliasState>((set) => ({
  open: false,
  alsoSearchAs: null,
  show: () => set({ open: true, alsoSearchAs: null }),
  close: () => set({ open: false }),
  askAlsoSearchAs: (name) => set({ alsoSearchAs: name }),
  closeAlsoSearchAs: () => set({ alsoSearchAs: null }),
}));
