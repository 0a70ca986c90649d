import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { claimNumbers } from '@common/richtext/doc';
import { richTextExtensions } from '@common/richtext/extensions';

const ref = (claimUid: string, stance = 'supports'): JSONContent => ({ type: 'claimRef', attrs: { claimUid, stance } });
const para = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const text = (t: string): JSONContent => ({ type: 'text', text: t });

let editor: Editor | undefined;
const make = (content: JSONContent | string): Editor => (editor = new Editor({ extensions: richTextExtensions(), content }));
afterEach(() => editor?.destroy());

describe('claimRef node', () => {
  it('keeps the saved JSON exactly: {claimUid, stance} on an inline atom', () => {
    const doc: JSONContent = { type: 'doc', content: [para(text('Border '), ref('c-1', 'contradicts'), text(' and '), ref('c-2', 'context'))] };
    const e = make(doc);
    expect(e.getJSON()).toEqual(doc);
    const node = e.state.doc.firstChild!.child(1);
    expect(node.type.spec.atom).toBe(true);
    expect(node.isInline).toBe(true);
  });

  it('survives a round trip through HTML, and an unknown stance falls back to supports', () => {
    const e = make({ type: 'doc', content: [para(text('See '), ref('c-9', 'contradicts'))] });
    const html = e.getHTML();
    expect(html).toContain('data-claim-uid="c-9"');
    expect(html).toContain('data-stance="contradicts"');
    e.commands.setContent(html);
    expect(e.getJSON().content![0]!.content![1]).toEqual(ref('c-9', 'contradicts'));
    e.commands.setContent('<p><span data-claim-ref data-claim-uid="c-3" data-stance="bogus">x</span></p>');
    expect(e.getJSON().content![0]!.content![0]).toEqual(ref('c-3', 'supports'));
  });

  it('insertClaimRef replaces the typed "@query" with the node and a space; setClaimRefStance changes one reference', () => {
    const e = make({ type: 'doc', content: [para(text('Borders @video'))] });
    // "Borders " is 8 characters; the paragraph's content starts at position 1.
    const from = 1 + 'Borders '.length;
    const to = 1 + 'Borders @video'.length;
    expect(e.commands.insertClaimRef({ claimUid: 'c-1', stance: 'supports' }, { from, to })).toBe(true);
    expect(e.getJSON().content![0]).toEqual(para(text('Borders '), ref('c-1'), text(' ')));
    expect(e.commands.setClaimRefStance(from, 'context')).toBe(true);
    expect(e.getJSON().content![0]!.content![1]).toEqual(ref('c-1', 'context'));
    // Not a reference at that position: nothing changes.
    expect(e.commands.setClaimRefStance(1, 'contradicts')).toBe(false);
  });

  it('undo takes an inserted reference back out', () => {
    const e = make({ type: 'doc', content: [para(text('A '))] });
    e.commands.insertClaimRef({ claimUid: 'c-1', stance: 'supports' }, { from: 3, to: 3 });
    expect(JSON.stringify(e.getJSON())).toContain('c-1');
    e.commands.undo();
    expect(JSON.stringify(e.getJSON())).not.toContain('c-1');
  });
});

describe('reference numbers', () => {
  it('number claims by first appearance, repeats keep their number, across paragraphs and lists', () => {
    const e = make({
      type: 'doc',
      content: [
        para(ref('b'), text(' '), ref('a')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [para(ref('b'), text(' then '), ref('c'))] }] },
      ],
    });
    expect([...claimNumbers(e.state.doc)]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });
});
