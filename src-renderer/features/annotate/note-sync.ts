import type { Editor, JSONContent } from '@tiptap/core';
import { plainText } from '@common/richtext/doc';
import { saveNote } from './annotation-ops';
import { createNoteAutosave, type NoteAutosave, type NoteSaveState } from './note-autosave';

// How the note editor meets its autosave: what is read from the editor, where it is saved, and
// how a note stored elsewhere reaches the editor. NoteEditor and the autosave tests use these.

export const parseNote = (note: string): JSONContent | string => {
  if (!note) return '';
  try {
    return JSON.parse(note) as JSONContent;
  } catch {
    return '';
  }
};

/** The note as the core stores it: '' when it holds no text, else the editor's JSON. */
export const serialiseNote = (editor: Editor): string => (plainText(editor.state.doc) ? JSON.stringify(editor.getJSON()) : '');

/** The autosave of one annotation's note shown in `editor()`; each save is one step on the annotation undo stack. */
export const noteAutosave = (a: { uid: string; note: string; updatedAt: string }, editor: () => Editor, onState: (s: NoteSaveState) => void): NoteAutosave =>
  createNoteAutosave({
    note: a.note,
    revision: a.updatedAt,
    read: () => serialiseNote(editor()),
    save: async (before, after) => (await saveNote(a.uid, before, after)).updatedAt,
    onState,
  });

/** Shows a note stored elsewhere if the autosave takes it; not a step in the editor's own undo history. */
export function showIncoming(editor: Editor, autosave: NoteAutosave, note: string, revision: string): void {
  const next = autosave.incoming(note, revision);
  if (next !== null) editor.chain().setMeta('addToHistory', false).setContent(parseNote(next), { emitUpdate: false }).run();
}
