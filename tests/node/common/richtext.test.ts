import { describe, expect, it } from 'vitest';
import { claimNumbers, claimRefs, InvalidRichText, parseDoc, plainText, serialiseDoc } from '@common/richtext/doc';
import { RICH_NOTE } from '../../fixtures/rich-note';
import { dump, tempSession } from '../../helpers/temp-project';
import { collect } from '../../../src-main/core/export/collect';
import { richBlocks, spansIn } from '../../../src-main/core/export/rich';
import { fails, importText, ok } from '../core/annotate/helpers';

const para = (...content: object[]) => ({ type: 'paragraph', content });
const text = (t: string) => ({ type: 'text', text: t });
const ref = (claimUid: string, stance = 'supports') => ({ type: 'claimRef', attrs: { claimUid, stance } });
const doc = (...content: object[]) => JSON.stringify({ type: 'doc', content });

describe('parseDoc', () => {
  it('accepts every node the editors have and gives one canonical JSON, stable when read again', () => {
    const parsed = parseDoc(JSON.stringify(RICH_NOTE));
    const canonical = serialiseDoc(parsed);
    expect(serialiseDoc(parseDoc(canonical))).toBe(canonical);
    // Defaults filled in: the link's target/rel, the code block's language.
    expect(canonical).toContain('"href":"https://www.azernews.az/region/250000.html"');
    expect(canonical).toContain('"language":null');
    expect(parsed.childCount).toBe(RICH_NOTE.content.length);
  });

  it('reads an empty document as one empty paragraph', () => {
    expect(serialiseDoc(parseDoc('{"type":"doc","content":[]}'))).toBe('{"type":"doc","content":[{"type":"paragraph"}]}');
    expect(serialiseDoc(parseDoc('{"type":"doc"}'))).toBe('{"type":"doc","content":[{"type":"paragraph"}]}');
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'root must be a "doc"'],
    ['{"type":"paragraph"}', 'root must be a "doc"'],
    [doc({ type: 'image', attrs: { src: 'x' } }), 'Unknown node type: image'],
    [doc(text('text straight in the doc')), 'Invalid content'],
    [doc(para({ type: 'text', text: '' })), 'Empty text'],
    [doc(para({ type: 'text', text: 'x', marks: [{ type: 'highlight' }] })), 'no mark type highlight'],
    [doc(para(ref(''))), 'claim reference needs attrs'],
    [doc(para(ref('c1', 'refutes'))), 'claim reference needs attrs'],
    [JSON.stringify({ type: 'doc', content: [JSON.parse(Array(300).fill('{"type":"blockquote","content":[').join('') + '{"type":"paragraph"}' + ']}'.repeat(300))] }), 'nested too deeply'],
  ])('refuses %s', (json, why) => {
    expect(() => parseDoc(json)).toThrow(InvalidRichText);
    expect(() => parseDoc(json)).toThrow(why);
  });
});

describe('plainText and claim numbers', () => {
  it('numbers claims by first reference and writes each with its marker; blocks by the separator', () => {
    const d = parseDoc(
      doc(
        { type: 'heading', attrs: { level: 1 }, content: [text('Findings')] },
        para(text('Coverage'), ref('b'), text(' but'), { type: 'hardBreak' }, text('denied'), ref('a', 'contradicts')),
        para(),
        { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Again'), ref('b', 'context'))] }] },
      ),
    );
    expect([...claimNumbers(d)]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(claimRefs(d).map((r) => `${r.claimUid}:${r.stance}`)).toEqual(['b:supports', 'a:contradicts', 'b:context']);
    expect(plainText(d)).toBe('Findings\n\nCoverage[1] but\ndenied[2]\n\nAgain[1]');
    expect(plainText(d, { blockSeparator: '\n', claimMarker: (n, r) => `[^${n}${r.stance[0]}]` })).toBe('Findings\nCoverage[^1s] but\ndenied[^2c]\nAgain[^1c]');
  });

  it('keeps the text of code blocks, quotes and lists of the rich note', () => {
    expect(plainText(parseDoc(JSON.stringify(RICH_NOTE)), { blockSeparator: '\n' })).toBe(
      'Border figures\nSource: Azernews says 42 percent\nold figure and km underlined\nMinistry data\nThird point\nA quoted line\nSELECT 42;\n-- ```` fence\nSee [1]',
    );
  });
});

describe('the core stores what the schema accepts, canonically, and refuses the rest', () => {
  it('a rich note is stored in the form the editor gives back; a note with an unknown node changes nothing', async () => {
    const s = tempSession();
    const d = await importText(s, 'Uzbekistan expands border surveillance along 42 percent of its border.');
    const a = await ok(s, 'annotations.create', { document: d.uid, quote: '42 percent', note: JSON.stringify(RICH_NOTE) });
    expect(a.note).toBe(serialiseDoc(parseDoc(JSON.stringify(RICH_NOTE))));
    expect(a.noteText).toContain('Border figures\nSource: Azernews');
    // Sending the stored note back stores the same bytes.
    expect((await ok(s, 'annotations.update', { uid: a.uid, note: a.note })).note).toBe(a.note);
    const before = dump(s.project);
    const err = await fails(s, 'annotations.update', { uid: a.uid, note: doc(para(text('x')), { type: 'image' }) });
    expect(err).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('note: Unknown node type: image') });
    expect(dump(s.project)).toEqual(before);
  });

  it('an argument body is validated and stored canonically; junk leaves the argument as it was', async () => {
    const s = tempSession();
    const arg = await ok(s, 'arguments.create', { title: 'Border technology' });
    const body = doc({ type: 'heading', attrs: { level: 2 }, content: [text('Claims')] }, { type: 'codeBlock', content: [text('x')] });
    const saved = await ok(s, 'arguments.update', { uid: arg.uid, patch: { body } });
    expect(saved.body).toBe(serialiseDoc(parseDoc(body)));
    expect(saved.bodyText).toBe('Claims\n\nx');
    const before = dump(s.project);
    const err = await fails(s, 'arguments.update', { uid: arg.uid, patch: { body: doc(para(ref('c1', 'maybe'))) } });
    expect(err).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('argument body: a claim reference') });
    expect(dump(s.project)).toEqual(before);
  });

  it('exports read rich text through the schema; a note or body saved before validation falls back to its plain text', async () => {
    const s = tempSession();
    const d = await importText(s, 'Uzbekistan expands border surveillance along 42 percent of its border.');
    const good = await ok(s, 'annotations.create', { document: d.uid, quote: '42 percent', note: JSON.stringify(RICH_NOTE) });
    const legacy = await ok(s, 'annotations.create', { document: d.uid, quote: 'border surveillance', noteText: 'old note' });
    const arg = await ok(s, 'arguments.create', { title: 'Old body' });
    // As an older Dossier could store them: JSON the editors cannot show.
    s.project.db.prepare('UPDATE annotations SET note = ? WHERE uid = ?').run(doc({ type: 'image' }), legacy.uid);
    s.project.db.prepare("UPDATE arguments SET body = ?, body_text = 'First line\n\nSecond line' WHERE uid = ?").run(doc({ type: 'image' }), arg.uid);
    const b = collect(s.project, { kind: 'project' });
    const rich = b.annotations.find((a) => a.uid === good.uid)!;
    expect(richBlocks(rich.note).map((x) => x.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'code', 'rule', 'paragraph']);
    expect(spansIn(richBlocks(rich.note)).find((x) => x.kind === 'text' && x.href)).toMatchObject({ text: 'Azernews', href: 'https://www.azernews.az/region/250000.html' });
    const old = b.annotations.find((a) => a.uid === legacy.uid)!;
    expect(old.note).toBeNull();
    expect(old.noteText).toBe('old note');
    expect(plainText(b.arguments[0]!.body)).toBe('First line\n\nSecond line');
  });
});
