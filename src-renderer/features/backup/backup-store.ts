import { create } from 'zustand';

interface BackupState {
  open: boolean;
  /** Opened by Restore from Backup…: the restore-from-a-file field gets the focus. */
  restoreFirst: boolean;
  show(restoreFirst?: boolean): void;
  close(): void;
}

export const useBackups = create<BackupState>((set) => ({
  open: false,
  restoreFirst: false,
  show: (restoreFirst = false) => set({ open: true, restoreFirst }),
  close: () => set({ open: false }),
}));
