import { create } from 'zustand';

/** The argument open in the arguments view, kept while the analyst visits other views. */
export const useArgumentsUi = create<{ openUid: string | null; open(uid: string | null): void }>((set) => ({
  openUid: null,
  open: (openUid) => set({ openUid }),
}));
