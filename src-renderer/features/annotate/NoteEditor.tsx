import { Group, Text } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { richTextExtensions } from '@common/richtext/extensions';
import type { NoteAutosave, NoteSaveState } from './note-autosave';
import { noteAutosave, parseNote, showIncoming } from './note-sync';

const LABEL: Record<NoteSaveState, string> = { saved: 'Saved', editing: 'Editing…', saving: 'Saving…', failed: 'Not saved' };

/**
 * The note of one annotation: a rich-text editor with the core's schema (any note the API
 * accepts shows and saves back unchanged) that saves itself a moment after the last keystroke
 * and says whether what is shown is saved. Ctrl+Z in it undoes typing.
 */
export function NoteEditor({ uid, note, revision }: { uid: string; note: string; revision: string }) {
  const [state, setState] = useState<NoteSaveState>('saved');
  const autosave = useRef<NoteAutosave | null>(null);
  const editor = useEditor(
    {
      extensions: richTextExtensions(),
      content: parseNote(note),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { 'aria-label': 'Annotation note', role: 'textbox', 'aria-multiline': 'true' } },
      onUpdate: () => autosave.current?.changed(),
    },
    [uid],
  );
  const editorRef = useRef(editor);
  editorRef.current = editor;
  autosave.current ??= noteAutosave({ uid, note, updatedAt: revision }, () => editorRef.current, setState);

  // Leaving the annotation (or the reader) saves what was typed.
  useEffect(() => () => void autosave.current?.flush(), []);

  // The note changed elsewhere (undo, another window): shown unless it is stale or the user is typing.
  useEffect(() => showIncoming(editor, autosave.current!, note, revision), [editor, note, revision]);

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
