import type { ApiInput } from '@common/api/contract';
import type { Annotation, AnnotationCreated, AnnotationSnapshot } from '@common/api/schemas/annotations';
import type { ClaimFromPassageResult, ClaimSnapshot } from '@common/api/schemas/claims';
import { mutate } from '../../bridge/mutate';
import { api } from '../../bridge/api';
import type { ThemeChoice } from './ThemePicker';
import { createUndoStack, type UndoEntry } from './undo-stack';

// Every annotation edit the UI makes goes through here, so each one lands on the undo stack
// with the exact calls that reverse it.

export const annotationUndo = createUndoStack();

const uids = (a: Annotation): string[] => a.themes.map((t) => t.uid);

/** The fields of annotations.create that name the theme (a new name is created in the same call). */
export const themeFields = (choice: ThemeChoice): Pick<ApiInput<'annotations.create'>, 'themes' | 'themeNames'> =>
  'uid' in choice ? { themes: [choice.uid] } : { themeNames: [choice.create] };

/** Deletes the themes an annotation's creation made, unless something else carries them by now. */
async function deleteMadeThemes(created: AnnotationCreated): Promise<void> {
  for (const uid of created.createdThemes) {
    const preview = await api('themes.deletePreview', { uid }).catch(() => null);
    if (preview && preview.annotations === 0 && preview.children === 0) await mutate('themes.delete', { uid });
  }
}

/** Makes the deleted themes again (same name and colour) and restores the annotation carrying the new ones. */
async function remakeAndRestore(created: AnnotationCreated, snapshot: AnnotationSnapshot): Promise<void> {
  const renamed = new Map<string, string>();
  for (const t of created.themes.filter((x) => created.createdThemes.includes(x.uid))) {
    const again = await mutate('themes.findOrCreate', { name: t.name, color: t.color });
    renamed.set(t.uid, again.theme.uid);
  }
  await mutate('annotations.restore', { ...snapshot, themes: snapshot.themes.map((u) => renamed.get(u) ?? u) });
}

/** Undo and redo of an annotation's creation: delete it (with the themes it made), then bring it back whole. */
function creationSteps(created: AnnotationCreated): Pick<UndoEntry, 'undo' | 'redo'> {
  let snapshot: AnnotationSnapshot | null = null;
  return {
    undo: async () => {
      snapshot = await deleteNow(created.uid);
      await deleteMadeThemes(created);
    },
    redo: async () => {
      if (snapshot) await remakeAndRestore(created, snapshot);
    },
  };
}

/** Tags a passage in one call (a new theme name included); undo removes the annotation and any theme it made. */
export async function createAnnotation(input: ApiInput<'annotations.create'>): Promise<Annotation> {
  const created = await mutate('annotations.create', input);
  annotationUndo.push({ label: 'Create annotation', ...creationSteps(created) });
  return created;
}

/**
 * "Make claim" on a bare selection: the passage and the claim in one call, and one undo step
 * that takes both away (the claim first) and one redo that brings both back.
 */
export async function makeClaimFromPassage(input: ApiInput<'claims.createFromPassage'>): Promise<ClaimFromPassageResult> {
  const made = await mutate('claims.createFromPassage', input);
  const passage = creationSteps(made.annotation);
  let claim: ClaimSnapshot | null = null;
  annotationUndo.push({
    label: 'Make claim',
    undo: async () => {
      claim = (await mutate('claims.delete', { uid: made.claim.uid })).restore;
      await passage.undo();
    },
    redo: async () => {
      await passage.redo();
      if (claim) await mutate('claims.restore', claim);
    },
  });
  return made;
}

async function deleteNow(uid: string): Promise<AnnotationSnapshot> {
  return (await mutate('annotations.delete', { uid })).restore;
}

/** Deletes; undo restores it whole (same uid, themes, note and evidence). */
export async function deleteAnnotation(uid: string): Promise<void> {
  let snapshot = await deleteNow(uid);
  annotationUndo.push({
    label: 'Delete annotation',
    undo: async () => void (await mutate('annotations.restore', snapshot)),
    redo: async () => {
      snapshot = await deleteNow(uid);
    },
  });
}

/** Replaces the theme set. */
export async function setThemes(a: Annotation, themes: string[]): Promise<void> {
  const before = uids(a);
  await mutate('annotations.update', { uid: a.uid, themes });
  annotationUndo.push({
    label: 'Change themes',
    undo: async () => void (await mutate('annotations.update', { uid: a.uid, themes: before })),
    redo: async () => void (await mutate('annotations.update', { uid: a.uid, themes })),
  });
}

/** Adds a picked theme (a new name is created first: undo keeps it, as it keeps any theme made on its own). */
export async function addTheme(a: Annotation, choice: ThemeChoice): Promise<void> {
  const uid = 'uid' in choice ? choice.uid : (await mutate('themes.findOrCreate', { name: choice.create })).theme.uid;
  if (!uids(a).includes(uid)) await setThemes(a, [...uids(a), uid]);
}

/** Adds a theme, or removes it when the annotation carries it already. */
export const toggleTheme = (a: Annotation, theme: string): Promise<void> =>
  setThemes(a, uids(a).includes(theme) ? uids(a).filter((u) => u !== theme) : [...uids(a), theme]);

/** Saves a note (tiptap JSON, '' for none); each save is one undo step back to the note before it. */
export async function saveNote(uid: string, before: string, after: string): Promise<Annotation> {
  const saved = await mutate('annotations.update', { uid, note: after });
  annotationUndo.push({
    label: 'Edit note',
    undo: async () => void (await mutate('annotations.update', { uid, note: before })),
    redo: async () => void (await mutate('annotations.update', { uid, note: after })),
  });
  return saved;
}

/**
 * Places an orphaned annotation on a new range of the current text; undo puts it back where it
 * was, orphaned in its old version, exactly as the core had it before.
 */
export async function reattach(uid: string, start: number, end: number): Promise<void> {
  const { version, exact, prefix, suffix, anchorStatus, start: oldStart, end: oldEnd } = await api('annotations.get', { uid });
  const before = { uid, version, start: oldStart, end: oldEnd, exact, prefix, suffix, anchorStatus };
  const placed = await mutate('annotations.update', { uid, start, end });
  annotationUndo.push({
    label: 'Re-attach annotation',
    undo: async () => void (await mutate('annotations.restoreAnchor', before)),
    redo: async () => void (await mutate('annotations.update', { uid, start: placed.start, end: placed.end, snap: false })),
  });
}

/** Each step's calls bring the cache up to date themselves (mutate). */
export const undoAnnotation = (how: 'undo' | 'redo'): Promise<string | null> => annotationUndo[how]();
