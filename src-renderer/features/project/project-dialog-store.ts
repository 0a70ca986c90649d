import { create } from 'zustand';

/** What the in-page project dialog is for: the browser host's File › New, Open and Save a Copy. */
export type ProjectDialogMode = 'open' | 'create' | 'saveCopy';

interface ProjectDialogState {
  mode: ProjectDialogMode | null;
  show(mode: ProjectDialogMode): void;
  close(): void;
}

export const useProjectDialog = create<ProjectDialogState>((set) => ({
  mode: null,
  show: (mode) => set({ mode }),
  close: () => set({ mode: null }),
}));
