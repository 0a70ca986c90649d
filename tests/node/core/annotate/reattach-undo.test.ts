import { describe, expect, it } from 'vitest';
import { tempSession } from '../../../helpers/temp-project';
import { fails, importText, ok, rangeOf } from './helpers';

// Undo of "Re-attach to selection": the orphan comes back exactly as it was (version, range,
// quote, context, status), and a redo places it again.

const V1 = 'The pipeline opened in May. Officials praised the new corridor. Trade grew by a third.';
const V2 = 'The pipeline opened in May. Trade grew by a third, officials said on Monday.';
const GONE = 'Officials praised the new corridor.';

const anchorOf = (a: { uid: string; version: number; start: number; end: number; exact: string; prefix: string; suffix: string; anchorStatus: 'exact' | 'reanchored' | 'orphaned' }) => ({
  uid: a.uid,
  version: a.version,
  start: a.start,
  end: a.end,
  exact: a.exact,
  prefix: a.prefix,
  suffix: a.suffix,
  anchorStatus: a.anchorStatus,
});

describe('annotations.restoreAnchor', () => {
  it('puts a re-attached orphan back exactly, and the re-attach can be replayed', async () => {
    const s = tempSession();
    const { uid } = await importText(s, V1, 'v1.txt');
    const a = await ok(s, 'annotations.create', { document: uid, quote: GONE, noteText: 'who praised it?' });
    await ok(s, 'documents.import', { items: [{ kind: 'text', text: V2, name: 'v2.txt' }], overrides: { versionOf: uid } });
    const orphan = await ok(s, 'annotations.get', { uid: a.uid });
    expect(orphan).toMatchObject({ anchorStatus: 'orphaned', version: 1, exact: GONE });

    const target = rangeOf(V2, 'officials said on Monday');
    const placed = await ok(s, 'annotations.update', { uid: a.uid, ...target });
    expect(placed).toMatchObject({ anchorStatus: 'exact', version: 2, exact: 'officials said on Monday' });

    const back = await ok(s, 'annotations.restoreAnchor', anchorOf(orphan));
    expect(anchorOf(back)).toEqual(anchorOf(orphan));
    expect(back.noteText).toBe('who praised it?');
    const listed = await ok(s, 'annotations.list', { status: ['orphaned'] });
    expect(listed.items.map((x) => x.uid)).toEqual([a.uid]);

    const again = await ok(s, 'annotations.update', { uid: a.uid, start: placed.start, end: placed.end, snap: false });
    expect(anchorOf(again)).toEqual(anchorOf(placed));
  });

  it('refuses an anchor its document never had and changes nothing', async () => {
    const s = tempSession();
    const { uid, text } = await importText(s, V1, 'v1.txt');
    const a = await ok(s, 'annotations.create', { document: uid, quote: GONE });
    const before = await ok(s, 'annotations.get', { uid: a.uid });

    const noVersion = await fails(s, 'annotations.restoreAnchor', { ...anchorOf(before), version: 7 });
    expect(noVersion).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('no version 7') });
    const elsewhere = rangeOf(text, 'Trade grew');
    const wrongQuote = await fails(s, 'annotations.restoreAnchor', { ...anchorOf(before), ...elsewhere });
    expect(wrongQuote).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('does not hold the quote') });
    expect((await fails(s, 'annotations.restoreAnchor', { ...anchorOf(before), end: before.start })).code).toBe('invalid-input');
    expect((await fails(s, 'annotations.restoreAnchor', { ...anchorOf(before), anchorStatus: 'lost' })).code).toBe('invalid-input');
    expect((await fails(s, 'annotations.restoreAnchor', { ...anchorOf(before), uid: 'nothere1' })).code).toBe('not-found');

    expect(await ok(s, 'annotations.get', { uid: a.uid })).toEqual(before);
  });
});
