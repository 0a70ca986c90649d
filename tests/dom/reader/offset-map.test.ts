import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '@common/api/schemas/documents';
import { createOffsetMap, offsetToPos, posToOffset, rangeToOffsets } from '../../../src-renderer/features/reader/offset-map';
import { buildReaderDoc, opensWithTitle, paragraphsOf } from '../../../src-renderer/features/reader/reader-doc';
import { readerExtensions } from '../../../src-renderer/features/reader/reader-extensions';

const block = (kind: Block['kind'], start: number, end: number, extra: Partial<Block> = {}): Block => ({
  kind,
  level: null,
  start,
  end,
  credit: null,
  ...extra,
});

/** Canonical text assembled like the importer does: block texts joined by blank lines. */
function assemble(parts: [Block['kind'], string, Partial<Block>?][]): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const [kind, t, extra] of parts) {
    if (text) text += '\n\n';
    blocks.push(block(kind, text.length, text.length + t.length, extra));
    text += t;
  }
  return { text, blocks };
}

const SAMPLE = assemble([
  ['heading', 'Defense cooperation as credibility', { level: 1 }],
  ['paragraph', 'Türkiye’s influence in Central Asia 😀 and the South Caucasus (Əliyev, İğdır).'],
  ['caption', 'Turkic states', { credit: 'Azernews' }],
  ['list_item', '11th OTS Summit, Bishkek (6 November 2024)'],
  ['list_item', 'Informal OTS Summit, Budapest (21 May 2025)'],
  ['list_item', '12th OTS Summit, Gabala (7 October 2025)'],
  ['paragraph', 'an authorized capital framework around $600 million'],
  ['list_item', 'a second list after a paragraph'],
  ['caption', 'Photo: AZERTAC', { credit: 'AZERTAC' }],
]);

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function mount(text: string, blocks: Block[]) {
  const doc = buildReaderDoc(text, blocks);
  editor = new Editor({ extensions: readerExtensions, content: doc.content, editable: false });
  return { doc, pm: editor.state.doc };
}

describe('reader document and offset map', () => {
  it('puts every block text at the position the map gives, in the real tiptap schema', () => {
    const { doc, pm } = mount(SAMPLE.text, SAMPLE.blocks);
    expect(doc.map.segments).toHaveLength(SAMPLE.blocks.length);
    for (const b of SAMPLE.blocks) {
      const from = offsetToPos(doc.map, b.start);
      const to = offsetToPos(doc.map, b.end, 'before');
      expect(pm.textBetween(from, to)).toBe(SAMPLE.text.slice(b.start, b.end));
      expect(posToOffset(doc.map, from)).toBe(b.start);
      expect(posToOffset(doc.map, to, 'before')).toBe(b.end);
    }
  });

  it('maps every character both ways, including a surrogate pair outside the BMP', () => {
    const { doc, pm } = mount(SAMPLE.text, SAMPLE.blocks);
    const emoji = SAMPLE.text.indexOf('😀');
    const pos = offsetToPos(doc.map, emoji);
    expect(pm.textBetween(pos, pos + 2)).toBe('😀');
    for (const b of SAMPLE.blocks) {
      for (let o = b.start; o < b.end; o++) {
        const p = offsetToPos(doc.map, o);
        expect(pm.textBetween(p, p + 1)).toBe(SAMPLE.text[o]);
        expect(posToOffset(doc.map, p)).toBe(o);
      }
    }
  });

  it('turns a selection across blocks into the canonical range, blank lines included', () => {
    const { doc, pm } = mount(SAMPLE.text, SAMPLE.blocks);
    const start = SAMPLE.text.indexOf('Bishkek');
    const end = SAMPLE.text.indexOf('Budapest') + 'Budapest'.length;
    const range = rangeToOffsets(doc.map, offsetToPos(doc.map, start), offsetToPos(doc.map, end));
    expect(SAMPLE.text.slice(range.start, range.end)).toBe(SAMPLE.text.slice(start, end));
    expect(SAMPLE.text.slice(range.start, range.end)).toContain('\n\n');
    expect(pm.textBetween(offsetToPos(doc.map, start), offsetToPos(doc.map, end), '\n\n')).toBe(SAMPLE.text.slice(start, end));
  });

  it('snaps positions between blocks to the nearest text on the asked side', () => {
    const { doc } = mount(SAMPLE.text, SAMPLE.blocks);
    const [first, second] = doc.map.segments;
    const gap = first!.pos + (first!.end - first!.start) + 1; // the heading's closing token
    expect(posToOffset(doc.map, gap, 'before')).toBe(first!.end);
    expect(posToOffset(doc.map, gap, 'after')).toBe(second!.start);
    expect(offsetToPos(doc.map, first!.end + 1, 'after')).toBe(second!.pos);
    expect(offsetToPos(doc.map, first!.end + 1, 'before')).toBe(first!.pos + (first!.end - first!.start));
    expect(posToOffset(doc.map, 0)).toBe(0);
    expect(rangeToOffsets(doc.map, gap, gap)).toEqual({ start: second!.start, end: second!.start });
  });

  it('groups consecutive list items into one bullet list and styles captions apart', () => {
    const { doc, pm } = mount(SAMPLE.text, SAMPLE.blocks);
    const kinds = (doc.content.content ?? []).map((n) => n.type);
    expect(kinds).toEqual(['heading', 'paragraph', 'caption', 'bulletList', 'paragraph', 'bulletList', 'caption']);
    expect(pm.child(3).childCount).toBe(3);
    expect(doc.content.content![0]!.attrs).toEqual({ level: 2 });
    // The credit label shows beside caption text, but not twice when the caption is the credit line.
    expect(doc.content.content![2]!.attrs).toEqual({ credit: 'Azernews' });
    expect(doc.content.content![6]!.attrs).toEqual({ credit: null });
    const html = editor!.getHTML();
    expect(html).toContain('Photo: Azernews');
    expect(html.match(/Photo: AZERTAC/g)).toHaveLength(1);
  });

  it('keeps the credit label out of the text and the positions', () => {
    const { pm } = mount(SAMPLE.text, SAMPLE.blocks);
    expect(pm.textContent).not.toContain('Photo: Azernews');
    const joined = SAMPLE.blocks.map((b) => SAMPLE.text.slice(b.start, b.end)).join('');
    expect(pm.textContent).toBe(joined);
  });

  it('shows the text’s opening title heading as the h1, and no credit label when the caption holds its credit line', () => {
    const { text, blocks } = assemble([
      ['heading', 'Türkiye’s Expanding Role', { level: 1 }],
      ['caption', 'Turkic states\nPhoto: Anadolu Agency', { credit: 'Anadolu Agency' }],
      ['heading', 'Türkiye’s Expanding Role', { level: 1 }],
    ]);
    expect(opensWithTitle(text, blocks, ' Türkiye’s  Expanding Role')).toBe(true);
    expect(opensWithTitle(text, blocks, 'Another title')).toBe(false);
    const doc = buildReaderDoc(text, blocks, 'Türkiye’s Expanding Role');
    expect(doc.content.content!.map((n) => n.attrs)).toEqual([{ level: 1 }, { credit: null }, { level: 2 }]);
    expect(buildReaderDoc(text, blocks, 'Corrected title').content.content![0]!.attrs).toEqual({ level: 2 });
  });

  it('reads a document without blocks as paragraphs, keeping their offsets', () => {
    const text = '  First line\nstill first.\n\n\nSecond 😀 paragraph\n\n';
    const blocks = paragraphsOf(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First line\nstill first.', 'Second 😀 paragraph']);
    const { doc, pm } = mount(text, []);
    const p = offsetToPos(doc.map, text.indexOf('Second'));
    expect(pm.textBetween(p, p + 6)).toBe('Second');
  });

  it('refuses overlapping segments and drops overlapping blocks', () => {
    expect(() => createOffsetMap([{ pos: 1, start: 0, end: 5 }, { pos: 3, start: 6, end: 8 }])).toThrow(/overlap/);
    const text = 'abcdef ghij';
    const doc = buildReaderDoc(text, [block('paragraph', 0, 6), block('paragraph', 3, 8), block('paragraph', 7, 11)]);
    expect(doc.map.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 6],
      [7, 11],
    ]);
  });

  it('gives an empty document one empty paragraph and a map that answers 0', () => {
    const { doc, pm } = mount('', []);
    expect(pm.childCount).toBe(1);
    expect(posToOffset(doc.map, 5)).toBe(0);
    expect(offsetToPos(doc.map, 5)).toBe(0);
  });
});
