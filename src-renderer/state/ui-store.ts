import { create } from 'zustand';

export type View = 'library' | 'themes' | 'claims' | 'arguments' | 'search' | 'reader' | 'outlets' | 'analysis';
export type Appearance = 'system' | 'light' | 'dark';
/** A range of the open document's text to scroll to and flash; `hits` are the matched words inside it. */
export interface TextFocus {
  start: number;
  end: number;
  hits?: [number, number][];
  /** Widen to the whole paragraphs it touches (a passage hit, whose snippet is cut from one). */
  block?: boolean;
}

interface UiState {
  view: View;
  documentUid: string | null;
  focus: TextFocus | null;
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  importOpen: boolean;
  pasteOpen: boolean;
  setView(view: View): void;
  openDocument(uid: string): void;
  openDocumentAt(uid: string, focus: TextFocus | null): void;
  setPalette(open: boolean): void;
  setShortcuts(open: boolean): void;
  setImport(open: boolean): void;
  setPaste(open: boolean): void;
}

export const useUi = create<UiState>((set) => ({
  view: 'library',
  documentUid: null,
  focus: null,
  paletteOpen: false,
  shortcutsOpen: false,
  importOpen: false,
  pasteOpen: false,
  setView: (view) => set({ view }),
  openDocument: (uid) => set({ view: 'reader', documentUid: uid, focus: null }),
  openDocumentAt: (uid, focus) => set({ view: 'reader', documentUid: uid, focus }),
  setPalette: (paletteOpen) => set({ paletteOpen }),
  setShortcuts: (shortcutsOpen) => set({ shortcutsOpen }),
  setImport: (importOpen) => set({ importOpen }),
  setPaste: (pasteOpen) => set({ pasteOpen }),
}));
