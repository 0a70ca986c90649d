import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimMention, findMention, type MentionState } from '../../../src-renderer/features/arguments/claim-mention';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** An editor holding one paragraph with the caret at its end. */
function typed(paragraph: string, changes: (MentionState | null)[] = []): Editor {
  editor = new Editor({
    // Mounted, so the plugin's view runs as it does in the app.
    element: document.body.appendChild(document.createElement('div')),
    extensions: [StarterKit, ClaimMention.configure({ onChange: (m) => changes.push(m), onKeyDown: () => false })],
    content: `<p>${paragraph}</p>`,
  });
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

describe('"@" claim mention', () => {
  it('finds the query after an "@" at the start or after a space, with the range to replace', () => {
    const e = typed('Border is covered @video surv');
    expect(findMention(e.state)).toEqual({ from: 1 + 'Border is covered '.length, to: 1 + 'Border is covered @video surv'.length, query: 'video surv' });
    expect(findMention(typed('@uzb').state)?.query).toBe('uzb');
    expect(findMention(typed('(@uzb').state)?.query).toBe('uzb');
  });

  it('ignores an "@" inside a word (an e-mail address) and prose that ran on past a sentence', () => {
    expect(findMention(typed('write to desk@azernews.az').state)).toBeNull();
    expect(findMention(typed('@uzb border. Then the next sentence').state)).toBeNull();
    expect(findMention(typed('no mention here').state)).toBeNull();
  });

  it('reports the query as it is typed, and null when it is gone', () => {
    const changes: (MentionState | null)[] = [];
    const e = typed('Text', changes);
    e.commands.insertContent(' ');
    e.commands.insertContent('@');
    e.commands.insertContent('u');
    e.commands.insertContent('z');
    expect(changes.filter(Boolean).map((m) => m!.query)).toEqual(['', 'u', 'uz']);
    e.commands.insertContent('\n');
    e.commands.setContent('<p>plain</p>');
    expect(changes.at(-1)).toBeNull();
  });
});
