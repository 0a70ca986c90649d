import { Group, Text } from '@mantine/core';
import StarterKit from '@tiptap/starter-kit';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { saveNote } from './annotation-ops';

const SAVE_AFTER_MS = 600;
type SaveState = 'saved' | 'editing' | 'saving' | 'failed';
const LABEL: Record<SaveState, string> = { saved: 'Saved', editing: 'Editing…', saving: 'Saving…', failed: 'Not saved' };

const parse = (note: string): object | string => {
  if (!note) return '';
  try {
    return JSON.parse(note) as object;
  } catch {
    return '';
  }
};

/** An empty editor stores '' (no note) rather than an empty document. */
const serialise = (json: { content?: { content?: unknown[] }[] }): string =>
  json.content?.some((b) => (b.content?.length ?? 0) > 0) ? JSON.stringify(json) : '';

/**
 * The note of one annotation: a small rich-text editor that saves itself a moment after the
 * last keystroke (each save is one undo step) and says whether what is shown is saved.
 */
export function NoteEditor({ uid, note }: { uid: string; note: string }) {
  const [state, setState] = useState<SaveState>('saved');
  const saved = useRef(note);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editor = useEditor(
    {
      extensions: [StarterKit.configure({ heading: false, codeBlock: false, horizontalRule: false, link: false })],
      content: parse(note),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { 'aria-label': 'Annotation note', role: 'textbox', 'aria-multiline': 'true' } },
      onUpdate: () => {
        setState('editing');
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
      },
    },
    [uid],
  );

  const flush = async (): Promise<void> => {
    clearTimeout(timer.current);
    const next = serialise(editor.getJSON());
    if (next === saved.current) return setState('saved');
    const before = saved.current;
    saved.current = next;
    setState('saving');
    try {
      await saveNote(uid, before, next);
      setState((s) => (s === 'saving' ? 'saved' : s));
    } catch {
      saved.current = before;
      setState('failed');
    }
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  // Leaving the annotation (or the reader) saves what was typed.
  useEffect(() => () => void flushRef.current(), [uid]);

  // The note changed elsewhere (undo, another window): show it unless the user is typing.
  useEffect(() => {
    if (note === saved.current || state !== 'saved') return;
    saved.current = note;
    editor.commands.setContent(parse(note), { emitUpdate: false });
  }, [editor, note, state]);

  return (
    <div className="anno-note">
      <EditorContent editor={editor} />
      <Group justify="flex-end" mt={2}>
        <Text size="xs" c={state === 'failed' ? 'red' : 'dimmed'} role="status" aria-label="Note save state">
          {LABEL[state]}
        </Text>
      </Group>
    </div>
  );
}
