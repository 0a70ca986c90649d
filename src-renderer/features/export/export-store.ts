import { create } from 'zustand';
import type { ExportRef } from '@common/api/schemas/export';

/** What the view that opened the dialog offers as the scope (search hits, the open document, …). */
export type ScopePreset =
  | { kind: 'document'; uid: string; label: string }
  | { kind: 'theme'; uid: string }
  | { kind: 'argument'; uid: string }
  | { kind: 'refs'; refs: ExportRef[]; label: string };

interface ExportState {
  open: boolean;
  preset: ScopePreset | null;
  show(preset?: ScopePreset | null): void;
  close(): void;
}

export const useExport = create<ExportState>((set) => ({
  open: false,
  preset: null,
  show: (preset = null) => set({ open: true, preset }),
  close: () => set({ open: false }),
}));

export const openExport = (preset?: ScopePreset | null): void => useExport.getState().show(preset);

/** The hits the search view shows, as the scope "current search results". */
export function searchPreset(hits: readonly { kind: ExportRef['kind']; uid: string }[], query: string): ScopePreset {
  const refs = hits.map(({ kind, uid }) => ({ kind, uid }));
  return { kind: 'refs', refs, label: `The ${refs.length} search result${refs.length === 1 ? '' : 's'} for “${query.trim()}”` };
}
