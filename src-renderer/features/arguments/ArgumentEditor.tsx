import { Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { ArgumentDetail } from '@common/api/schemas/arguments';
import type { ClaimSummary } from '@common/api/schemas/claims';
import { claimNumbers, sameNumbers } from '@common/richtext/doc';
import { richTextExtensions } from '@common/richtext/extensions';
import { mutate } from '../../bridge/mutate';
import { ExportButton } from '../export/ExportButton';
import './arguments.css';
import { ClaimMention } from './claim-mention';
import { ClaimMentionMenu } from './ClaimMentionMenu';
import { ClaimRefView } from './claim-ref-view';
import { useRefs } from './refs-store';
import { useAutosave, type SaveState } from './use-autosave';
import { useClaimMention } from './use-claim-mention';

const SAVE_LABELS: Record<SaveState, string> = { saved: 'Saved', pending: 'Unsaved changes', saving: 'Saving…', failed: 'Not saved' };

function parseBody(body: string): JSONContent {
  try {
    return JSON.parse(body) as JSONContent;
  } catch {
    return { type: 'doc', content: [] };
  }
}

/** Title, thesis and the tiptap body of one argument, saved as the analyst writes. */
export function ArgumentEditor({ argument, claims }: { argument: ArgumentDetail; claims: readonly ClaimSummary[] }) {
  const [title, setTitle] = useState(argument.title);
  const [thesis, setThesis] = useState(argument.thesis);
  const fields = useRef({ title, thesis, titleDirty: false, thesisDirty: false, bodyDirty: false });
  const mention = useClaimMention(claims);

  const editor = useEditor(
    {
      extensions: [
        ...richTextExtensions(ClaimRefView),
        Placeholder.configure({ placeholder: 'Write the argument. Type @ to cite a claim.' }),
        ClaimMention.configure({ onChange: mention.onChange, onKeyDown: mention.onKeyDown }),
      ],
      content: parseBody(argument.body),
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'argument-body', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Argument body' } },
      onCreate: ({ editor: e }) => useRefs.getState().setNumbers(claimNumbers(e.state.doc)),
      onUpdate: ({ editor: e, transaction }) => {
        if (!transaction.docChanged) return;
        const numbers = claimNumbers(e.state.doc);
        if (!sameNumbers(numbers, useRefs.getState().numbers)) useRefs.getState().setNumbers(numbers);
        fields.current.bodyDirty = true;
        schedule();
      },
    },
    [argument.uid],
  );
  mention.editorRef.current = editor;

  const { state, error, schedule } = useAutosave(async () => {
    const f = fields.current;
    const patch: { title?: string; thesis?: string; body?: string } = {};
    if (f.titleDirty && f.title.trim()) patch.title = f.title;
    if (f.thesisDirty) patch.thesis = f.thesis;
    // The whole body is serialised here, once per pause in typing, never per keystroke.
    if (f.bodyDirty) patch.body = JSON.stringify(editor.getJSON());
    f.titleDirty = f.thesisDirty = f.bodyDirty = false;
    if (Object.keys(patch).length === 0) return;
    await mutate('arguments.update', { uid: argument.uid, patch });
  });

  // A rename from the list arrives as a new title; take it unless the analyst is editing the field.
  useEffect(() => {
    if (fields.current.titleDirty || fields.current.title === argument.title) return;
    fields.current.title = argument.title;
    setTitle(argument.title);
  }, [argument.title]);

  const edit = (which: 'title' | 'thesis', value: string): void => {
    if (which === 'title') setTitle(value);
    else setThesis(value);
    fields.current[which] = value;
    fields.current[`${which}Dirty`] = true;
    schedule();
  };

  return (
    <Stack gap="sm">
      {/* Save state and Export above the title, so the title keeps the editor's full width. */}
      <Group justify="flex-end" gap="sm" wrap="nowrap">
        <Text size="sm" c={state === 'failed' ? 'red' : 'dimmed'} role="status" aria-label="Save state" title={error ?? undefined}>
          {SAVE_LABELS[state]}
        </Text>
        <ExportButton preset={{ kind: 'argument', uid: argument.uid }} size="sm" />
      </Group>
      <TextInput
        label="Title"
        aria-label="Argument title"
        value={title}
        error={title.trim() ? undefined : 'an argument needs a title'}
        onChange={(e) => edit('title', e.currentTarget.value)}
        size="md"
        mt={-36}
      />
      <Textarea label="Thesis" aria-label="Thesis" autosize minRows={2} maxRows={6} value={thesis} onChange={(e) => edit('thesis', e.currentTarget.value)} />
      <EditorContent editor={editor} />
      {mention.mention && (
        <ClaimMentionMenu mention={mention.mention} found={mention.found} active={mention.active} onPick={mention.pick} onHover={mention.setActive} />
      )}
    </Stack>
  );
}
