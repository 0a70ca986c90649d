import { Editor } from '@tiptap/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiCall } from '@common/api/calls';
import type { Annotation } from '@common/api/schemas/annotations';
import { richTextExtensions } from '@common/richtext/extensions';
import { annotationUndo } from '../../../src-renderer/features/annotate/annotation-ops';
import type { NoteAutosave, NoteSaveState } from '../../../src-renderer/features/annotate/note-autosave';
import { noteAutosave, parseNote, serialiseNote, showIncoming } from '../../../src-renderer/features/annotate/note-sync';
import { dispatch } from '../../../src-main/core/dispatch';
import type { Session } from '../../../src-main/core/session';
import { mulberry32 } from '../../helpers/seeded-random';
import { tempSession } from '../../helpers/temp-project';

// The note autosave driven as a person drives it, on fake time: a real tiptap editor with the
// core's schema, the real autosave and save path (saveNote through window.dossier into the real
// core on a SQLite file), requests that take time both ways, and the reloads the UI makes after
// every write arriving late with whatever the database held when they were sent. What is stored
// at the end must be exactly what was typed.

let session: Session;
let documentUid: string;
let rand = mulberry32(1);
const between = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

async function core<T>(name: ApiCall, input: unknown): Promise<T> {
  const r = await dispatch(session, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

/** One open note: editor, autosave and the reloads the UI would make. */
interface Open {
  editor: Editor;
  autosave: NoteAutosave;
  states: NoteSaveState[];
  reload(): void;
}

// The autosave of the note open now; the editor's update handler drives it.
let current: NoteAutosave | null = null;
const newEditor = (element: HTMLElement | null): Editor =>
  new Editor({ element, extensions: richTextExtensions(), onUpdate: () => current?.changed() });

/**
 * Opens a note in `editor`: by default a new one mounted in happy-dom; the thousand-run
 * property test reuses one editor without a view (creating a mounted editor costs ~50 ms here).
 */
function open(a: Annotation, editor = newEditor(document.createElement('div'))): Open {
  editor.chain().setMeta('addToHistory', false).setContent(parseNote(a.note), { emitUpdate: false }).run();
  const states: NoteSaveState[] = [];
  const autosave = noteAutosave(a, () => editor, (s) => states.push(s));
  current = autosave;
  // A reload reads the row when it is sent and reaches the editor later (a stale copy, often).
  const reload = (): void => {
    void core<Annotation>('annotations.get', { uid: a.uid }).then((fresh) =>
      setTimeout(() => current === autosave && showIncoming(editor, autosave, fresh.note, fresh.updatedAt), between(0, 1500)),
    );
  };
  return { editor, autosave, states, reload };
}

let reloadAfterWrite: (() => void) | null = null;

beforeEach(async () => {
  session = tempSession();
  const imported = await core<{ results: { uid: string }[] }>('documents.import', {
    items: [{ kind: 'text', text: 'Uzbekistan expands border surveillance: 42 percent of the border is covered by cameras.', name: 'border.txt' }],
  });
  documentUid = imported.results[0]!.uid;
});

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // window.dossier as the hosts give it, with time on the way there and back; every write makes
  // the UI reload (the global refresh), as saveNote's dataChanged() does.
  window.dossier = {
    call: ((name: ApiCall, input: unknown) =>
      new Promise((resolve) =>
        setTimeout(() => {
          const result = dispatch(session, name, input);
          void result.then(() => name === 'annotations.update' && reloadAfterWrite?.());
          setTimeout(() => resolve(result), between(0, 300));
        }, between(0, 300)),
      )) as never,
    on: () => () => {},
  };
});

afterAll(() => {
  vi.useRealTimers();
  delete window.dossier;
});

const newAnnotation = (): Promise<Annotation> => core<Annotation>('annotations.create', { document: documentUid, quote: '42 percent' });
const stored = (uid: string): Promise<Annotation> => core<Annotation>('annotations.get', { uid });
// Fake time moves in one step per wait, then every promise continuation runs (a real
// setImmediate drains the microtasks); a continuation that runs a little later than it would in
// real time is one more delay the autosave must survive, so the schedule stays a possible one.
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
async function wait(ms: number): Promise<void> {
  vi.advanceTimersByTime(ms);
  await settle();
}

/** Types text key by key ("\n" splits the paragraph), `gap(i)` ms after key i. */
async function type(o: Open, text: string, gap: (i: number) => number): Promise<void> {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') o.editor.commands.splitBlock();
    else o.editor.view.dispatch(o.editor.state.tr.insertText(ch));
    await wait(gap(i));
  }
}

/** Leaves the note (what is pending is saved; the editor closes unless it is reused) and lets every request finish. */
async function leave(o: Open, { reused = false } = {}): Promise<string> {
  const shown = serialiseNote(o.editor);
  let saved = false;
  void o.autosave.flush().then(() => (saved = true));
  current = null;
  if (!reused) o.editor.destroy();
  // The query cache keeps its own timers, so wait for the save, then past the slowest reply and reload.
  for (let i = 0; !saved; i++) {
    if (i > 100) throw new Error('the save never ended');
    await wait(500);
  }
  await wait(2500);
  return shown;
}

/** The note's plain text as the core derives it: non-empty paragraphs, one per line. */
const expectedText = (typed: string): string =>
  typed
    .split('\n')
    .filter((p) => p.trim())
    .join('\n')
    .trim();

describe('note autosave', () => {
  it('"Key claim; ", a pause around the autosave moment, the rest: 5 notes stored exactly as typed', async () => {
    rand = mulberry32(13);
    for (const pause of [450, 600, 620, 750, 900]) {
      const a = await newAnnotation();
      const o = open(a);
      reloadAfterWrite = o.reload;
      const first = 'Key claim; ';
      const rest = 'the ministry figure is 42 percent, not the 60 claimed earlier.';
      await type(o, first, () => between(40, 120));
      await wait(pause);
      await type(o, rest, () => between(40, 120));
      await wait(between(0, 1500));
      const shown = await leave(o);
      const s = await stored(a.uid);
      expect(s.noteText, `pause ${pause} ms`).toBe(first + rest);
      expect(s.note).toBe(shown);
    }
  });

  it('random text with random pauses (0-1,500 ms), late stale reloads and slow saves: 1,000 runs store exactly what was typed', async () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz      ;,.0123456789ÇçŞşĞğİıÖöÜüƏəҚқ\n';
    let saves = 0;
    const editor = newEditor(null);
    for (let run = 0; run < 1000; run++) {
      rand = mulberry32(1000 + run);
      const a = await newAnnotation();
      const o = open(a, editor);
      reloadAfterWrite = () => {
        saves++;
        o.reload();
      };
      const typed = Array.from({ length: between(1, 40) }, () => alphabet[between(0, alphabet.length - 1)]).join('');
      // Mostly typing speed; now and then a pause anywhere from none to 1.5 s; a reload now and then.
      await type(o, typed, () => {
        if (rand() < 0.05) o.reload();
        return rand() < 0.2 ? between(0, 1500) : between(20, 150);
      });
      await wait(between(0, 1500));
      const shown = await leave(o, { reused: true });
      const s = await stored(a.uid);
      expect(s.noteText, `run ${run}: ${JSON.stringify(typed)}`).toBe(expectedText(typed));
      expect(s.note, `run ${run}`).toBe(shown);
    }
    // The runs did exercise saving during typing, not only one save on leaving.
    expect(saves).toBeGreaterThan(2000);
  }, 600_000);

  /** A new note with `text` typed at a steady pace and saved after the pause; no reloads. */
  async function typedNote(text: string): Promise<{ a: Annotation; o: Open }> {
    rand = mulberry32(text.length);
    reloadAfterWrite = null;
    const a = await newAnnotation();
    const o = open(a);
    await type(o, text, () => 50);
    await wait(1500);
    return { a, o };
  }

  it('a note changed elsewhere (annotation undo) is shown when nothing typed is waiting; a stale reload is not', async () => {
    const { a, o } = await typedNote('First thought');
    expect((await stored(a.uid)).noteText).toBe('First thought');
    // A reload sent before the save lands late: ignored.
    showIncoming(o.editor, o.autosave, a.note, a.updatedAt);
    expect(o.editor.getText()).toBe('First thought');
    // Undo of the note edit from the annotation stack (Ctrl+Z outside the note) stores the old note: shown.
    const undo = annotationUndo.undo();
    await settle();
    await wait(1000);
    expect(await undo).toBe('Edit note');
    const undone = await stored(a.uid);
    showIncoming(o.editor, o.autosave, undone.note, undone.updatedAt);
    expect(o.editor.getText()).toBe('');
    await leave(o);
    expect((await stored(a.uid)).note).toBe('');
  });

  it("Ctrl+Z in the note undoes the editor's typing, and the undone text is what gets saved", async () => {
    const { a, o } = await typedNote('Kept part.');
    await type(o, ' Regretted part.', () => 50);
    await wait(1500);
    expect((await stored(a.uid)).noteText).toBe('Kept part. Regretted part.');
    o.editor.commands.undo();
    expect(o.editor.getText()).toBe('Kept part.');
    await wait(1500);
    expect((await stored(a.uid)).noteText).toBe('Kept part.');
    expect(o.states.at(-1)).toBe('saved');
    await leave(o);
  });
});
