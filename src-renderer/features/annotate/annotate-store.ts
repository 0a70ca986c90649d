import { create } from 'zustand';

// What the reader, its side panel and the codebook share about annotations: the selected
// one, the theme filter, and requests to scroll to and flash a passage.

/** A snapped text selection waiting for a theme, with where it sits on screen. */
export interface PendingRange {
  start: number;
  end: number;
  x: number;
  top: number;
  bottom: number;
}

interface AnnotateState {
  selectedUid: string | null;
  pending: PendingRange | null;
  /** Theme uids; an annotation shows when it carries one of them (or a sub-theme). Empty: all. */
  filter: string[];
  /** A request to scroll to an annotation and flash it; `n` makes repeated requests distinct. */
  flash: { uid: string; n: number } | null;
  /** The current document's visible annotations in text order, for next/previous. */
  order: string[];
  /** A selection on its way to becoming a claim (the Make claim form is open for it). */
  claimDraft: { start: number; end: number } | null;
  /** Bumped to move the focus into the bubble's theme picker. */
  pickerFocus: number;
  select(uid: string | null): void;
  setPending(pending: PendingRange | null): void;
  setFilter(filter: string[]): void;
  jumpTo(uid: string): void;
  setOrder(order: string[]): void;
  setClaimDraft(draft: { start: number; end: number } | null): void;
  focusPicker(): void;
}

export const useAnnotate = create<AnnotateState>((set, get) => ({
  selectedUid: null,
  pending: null,
  filter: [],
  flash: null,
  order: [],
  claimDraft: null,
  pickerFocus: 0,
  select: (selectedUid) => set({ selectedUid }),
  setPending: (pending) => set({ pending }),
  setFilter: (filter) => set({ filter }),
  jumpTo: (uid) => set({ selectedUid: uid, flash: { uid, n: (get().flash?.n ?? 0) + 1 } }),
  setOrder: (order) => set({ order }),
  setClaimDraft: (claimDraft) => set({ claimDraft }),
  focusPicker: () => set({ pickerFocus: get().pickerFocus + 1 }),
}));

/** The next (or previous) annotation after the selected one, wrapping around; null when there are none. */
export function stepAnnotation(order: readonly string[], current: string | null, dir: 1 | -1): string | null {
  if (order.length === 0) return null;
  const i = current ? order.indexOf(current) : -1;
  if (i < 0) return dir === 1 ? order[0]! : order[order.length - 1]!;
  return order[(i + dir + order.length) % order.length]!;
}

/** Opens the Make claim form for the pending selection; its bubble closes. */
export function claimPending(): void {
  const { pending, setPending, setClaimDraft } = useAnnotate.getState();
  if (!pending) return;
  setPending(null);
  setClaimDraft({ start: pending.start, end: pending.end });
}
