import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { readerExtensions } from '../../../src-renderer/features/reader/reader-extensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function reader(): Editor {
  editor = new Editor({
    element: document.body.appendChild(document.createElement('div')),
    extensions: readerExtensions,
    content: '<h1>Title</h1><p>Formats endure leadership transitions.</p><ul><li><p>One item</p></li></ul>',
    editable: true,
  });
  return editor;
}

describe('the reader’s text: a caret, no edits', () => {
  it('refuses every change to the document but moves the selection', () => {
    const e = reader();
    const before = e.getJSON();
    e.commands.setTextSelection({ from: 9, to: 16 });
    expect(e.state.selection.from).toBe(9);
    expect(e.state.selection.to).toBe(16);
    e.commands.insertContent('typed');
    e.commands.deleteSelection();
    e.commands.splitBlock();
    e.commands.sinkListItem('listItem');
    e.commands.setContent('<p>replaced</p>');
    expect(e.getJSON()).toEqual(before);
  });

  it('cancels the browser’s own input before it reaches the DOM', () => {
    const e = reader();
    const input = new InputEvent('beforeinput', { inputType: 'insertText', data: 'x', cancelable: true, bubbles: true });
    e.view.dom.dispatchEvent(input);
    expect(input.defaultPrevented).toBe(true);
  });
});
