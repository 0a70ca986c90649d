import { create } from 'zustand';

// What the claims view, its claim page and the passage actions share.

interface ClaimsUiState {
  /** The claim whose page is open (a drawer over the claims view). */
  openUid: string | null;
  /** The claim made or attached to last: "Attach to claim…" offers it first. */
  lastClaim: string | null;
  open(uid: string | null): void;
  setLastClaim(uid: string): void;
}

export const useClaimsUi = create<ClaimsUiState>((set) => ({
  openUid: null,
  lastClaim: null,
  open: (openUid) => set({ openUid }),
  setLastClaim: (lastClaim) => set({ lastClaim }),
}));
