import { create } from 'zustand';

export type View = 'library' | 'themes' | 'claims' | 'arguments' | 'search' | 'reader' | 'outlets';
export type Appearance = 'system' | 'light' | 'dark';

interface UiState {
  view: View;
  documentUid: string | null;
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  importOpen: boolean;
  pasteOpen: boolean;
  setView(view: View): void;
  openDocument(uid: string): void;
  setPalette(open: boolean): void;
  setShortcuts(open: boolean): void;
  setImport(open: boolean): void;
  setPaste(open: boolean): void;
}

export const useUi = create<UiState>((set) => ({
  view: 'library',
  documentUid: null,
  paletteOpen: false,
  shortcutsOpen: false,
  importOpen: false,
  pasteOpen: false,
  setView: (view) => set({ view }),
  openDocument: (uid) => set({ view: 'reader', documentUid: uid }),
  setPalette: (paletteOpen) => set({ paletteOpen }),
  setShortcuts: (shortcutsOpen) => set({ shortcutsOpen }),
  setImport: (importOpen) => set({ importOpen }),
  setPaste: (pasteOpen) => set({ pasteOpen }),
}));
