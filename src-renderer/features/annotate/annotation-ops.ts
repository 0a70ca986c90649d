import type { ApiInput } from '@common/api/contract';
import type { Annotation } from '@common/api/schemas/annotations';
import { api, dataChanged } from '../../bridge/api';
import { createUndoStack } from './undo-stack';

// Every annotation edit the UI makes goes through here, so each one lands on the undo stack
// with the exact call that reverses it.

export const annotationUndo = createUndoStack();

const uids = (a: Annotation): string[] => a.themes.map((t) => t.uid);

/** The uid of a picked theme, creating it first when the user typed a new name. */
export async function themeUid(choice: { uid: string } | { create: string }): Promise<string> {
  if ('uid' in choice) return choice.uid;
  const { theme, created } = await api('themes.findOrCreate', { name: choice.create });
  if (created) dataChanged();
  return theme.uid;
}

export async function createAnnotation(input: ApiInput<'annotations.create'>): Promise<Annotation> {
  const created = await api('annotations.create', input);
  let snapshot: Awaited<ReturnType<typeof deleteNow>> | null = null;
  annotationUndo.push({
    label: 'Create annotation',
    undo: async () => {
      snapshot = await deleteNow(created.uid);
    },
    redo: async () => {
      if (snapshot) await api('annotations.restore', snapshot);
    },
  });
  dataChanged();
  return created;
}

async function deleteNow(uid: string) {
  return (await api('annotations.delete', { uid })).restore;
}

/** Deletes; undo restores it whole (same uid, themes, note and evidence). */
export async function deleteAnnotation(uid: string): Promise<void> {
  let snapshot = await deleteNow(uid);
  annotationUndo.push({
    label: 'Delete annotation',
    undo: async () => void (await api('annotations.restore', snapshot)),
    redo: async () => {
      snapshot = await deleteNow(uid);
    },
  });
  dataChanged();
}

/** Replaces the theme set. */
export async function setThemes(a: Annotation, themes: string[]): Promise<void> {
  const before = uids(a);
  await api('annotations.update', { uid: a.uid, themes });
  annotationUndo.push({
    label: 'Change themes',
    undo: async () => void (await api('annotations.update', { uid: a.uid, themes: before })),
    redo: async () => void (await api('annotations.update', { uid: a.uid, themes })),
  });
  dataChanged();
}

/** Adds a theme, or removes it when the annotation carries it already. */
export const toggleTheme = (a: Annotation, theme: string): Promise<void> =>
  setThemes(a, uids(a).includes(theme) ? uids(a).filter((u) => u !== theme) : [...uids(a), theme]);

/** Saves a note (tiptap JSON, '' for none); each save is one undo step back to the note before it. */
export async function saveNote(uid: string, before: string, after: string): Promise<Annotation> {
  const saved = await api('annotations.update', { uid, note: after });
  annotationUndo.push({
    label: 'Edit note',
    undo: async () => void (await api('annotations.update', { uid, note: before })),
    redo: async () => void (await api('annotations.update', { uid, note: after })),
  });
  dataChanged();
  return saved;
}

/** Places an orphaned annotation on a new range of the current text (not undoable: its old range is gone). */
export async function reattach(uid: string, start: number, end: number): Promise<void> {
  await api('annotations.update', { uid, start, end });
  dataChanged();
}

export async function undoAnnotation(how: 'undo' | 'redo'): Promise<string | null> {
  const label = await annotationUndo[how]();
  if (label) dataChanged();
  return label;
}
