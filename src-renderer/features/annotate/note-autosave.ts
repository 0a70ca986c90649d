// Autosave for one open note, free of React and of how the note reaches the database, so the
// editor and the tests drive the same code. The rules that keep every keystroke:
// - a save stores what the editor holds when the save starts, never a copy taken earlier;
// - one save at a time: a pause that ends during a save runs one more save after it, with the
//   editor's document as it is then;
// - a note arriving from outside (undo, another window) replaces the editor's content only when
//   it is newer than the last save this editor made and nothing typed is waiting; a stale copy
//   (a reload that started before the save ended) is ignored.

export type NoteSaveState = 'saved' | 'editing' | 'saving' | 'failed';

export const SAVE_AFTER_MS = 600;

export interface NoteAutosaveOptions {
  /** The note as stored when the editor opened ('' for none) and its revision (updatedAt). */
  note: string;
  revision: string;
  /** The editor's document now, serialised as the core stores it ('' for an empty note). */
  read(): string;
  /** Stores `after` (the stored note was `before`); resolves with the new revision. */
  save(before: string, after: string): Promise<string>;
  onState(state: NoteSaveState): void;
  delay?: number;
}

export interface NoteAutosave {
  /** The user changed the document: save after a pause. */
  changed(): void;
  /** Save now (leaving the note); resolves when everything typed so far is stored or failed. */
  flush(): Promise<void>;
  /** A stored note seen from outside; returns the note the editor should show, or null to keep its own. */
  incoming(note: string, revision: string): string | null;
}

export function createNoteAutosave(o: NoteAutosaveOptions): NoteAutosave {
  const delay = o.delay ?? SAVE_AFTER_MS;
  let saved = o.note;
  let revision = o.revision;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // `busy` is set and cleared synchronously around a run, so a flush never slips in between a
  // run's last check and the end of its promise; `running` is what a flush during a run waits for.
  let busy = false;
  let running: Promise<void> = Promise.resolve();
  let again = false;

  const stopTimer = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };

  const run = async (first: string): Promise<void> => {
    let next = first;
    try {
      for (;;) {
        o.onState('saving');
        const rev = await o.save(saved, next);
        saved = next;
        if (rev > revision) revision = rev;
        if (!again) break;
        again = false;
        next = o.read();
        if (next === saved) break;
      }
      o.onState(timer === undefined ? 'saved' : 'editing');
    } catch {
      o.onState('failed');
    } finally {
      busy = false;
    }
  };

  const flush = (): Promise<void> => {
    stopTimer();
    if (busy) {
      again = true;
      return running;
    }
    const next = o.read();
    if (next === saved) {
      o.onState('saved');
      return Promise.resolve();
    }
    again = false;
    busy = true;
    running = run(next);
    return running;
  };

  return {
    changed() {
      o.onState('editing');
      stopTimer();
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    incoming(note, rev) {
      if (rev <= revision || timer !== undefined || busy || o.read() !== saved) return null;
      revision = rev;
      if (note === saved) return null;
      saved = note;
      return note;
    },
  };
}
