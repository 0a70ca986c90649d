// Undo and redo over annotation operations. Each entry knows how to reverse and replay itself
// through the API; the stack only orders them and refuses to interleave (one step at a time).

export interface UndoEntry {
  /** What the step did, for messages ("Delete annotation"). */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export interface UndoStack {
  push(entry: UndoEntry): void;
  /** Reverses the last step; resolves to its label, or null when there is nothing to undo. */
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
  canUndo(): boolean;
  canRedo(): boolean;
  clear(): void;
}

export function createUndoStack(limit = 200): UndoStack {
  const done: UndoEntry[] = [];
  const undone: UndoEntry[] = [];
  let busy: Promise<unknown> = Promise.resolve();

  // Steps run one after another: a second Ctrl+Z pressed before the first one's request
  // returned must reverse the step before it, not the same one twice.
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = busy.then(run, run);
    busy = next.catch(() => undefined);
    return next;
  };

  const step = (from: UndoEntry[], to: UndoEntry[], how: 'undo' | 'redo') =>
    serial(async () => {
      const entry = from.pop();
      if (!entry) return null;
      try {
        await entry[how]();
      } catch (e) {
        // A step that failed stays where it was, so the user can retry it.
        from.push(entry);
        throw e;
      }
      to.push(entry);
      return entry.label;
    });

  return {
    push(entry) {
      done.push(entry);
      if (done.length > limit) done.shift();
      undone.length = 0;
    },
    undo: () => step(done, undone, 'undo'),
    redo: () => step(undone, done, 'redo'),
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
    clear() {
      done.length = 0;
      undone.length = 0;
    },
  };
}
