import { create } from 'zustand';

/** A claim or argument shown in a modal over the current view (there is no claims view to open yet). */
export type Preview = { kind: 'claim' | 'argument'; uid: string } | null;

export const usePreview = create<{ preview: Preview; show(p: Preview): void }>((set) => ({
  preview: null,
  show: (preview) => set({ preview }),
}));
