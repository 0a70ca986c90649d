import { describe, expect, it } from 'vitest';
import { dump, tempSession } from '../../../helpers/temp-project';
import { fails, ftsHits, importText, indexedAnnotations, ok, rangeOf } from './helpers';

const ARTICLE = [
  'Uzbekistan expands border surveillance',
  'Uzbekistan is expanding the use of digital surveillance and unmanned systems to reinforce border security.',
  'Kurbanov reported that 42 percent of Uzbekistan’s border is now covered by a video surveillance system.',
  'He added that more than 1,100 kilometers of fiber-optic communication lines have also been installed.',
].join('\n\n');

const NOTE = JSON.stringify({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Figure worth citing;' }, { type: 'hardBreak' }, { type: 'text', text: 'check the source.', marks: [{ type: 'bold' }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ministry data' }] }] }] },
  ],
});

async function setup() {
  const s = tempSession();
  const doc = await importText(s, ARTICLE);
  const security = await ok(s, 'themes.create', { name: 'Security' });
  const uavs = await ok(s, 'themes.create', { name: 'UAVs', parent: security.uid });
  const borders = await ok(s, 'themes.create', { name: 'Borders' });
  return { s, doc, security, uavs, borders };
}

describe('annotations.create', () => {
  it('reads the quote from the text, snaps to words, stores themes and the note, and indexes it', async () => {
    const { s, doc, security, borders } = await setup();
    const r = rangeOf(doc.text, '42 percent of Uzbekistan’s border');
    const a = await ok(s, 'annotations.create', {
      document: doc.uid.slice(0, 8),
      start: r.start + 1,
      end: r.end - 2,
      themes: [security.uid, borders.uid, security.uid],
      note: NOTE,
      noteText: 'the client may send its own plain text; the stored one is derived from the JSON',
    });
    expect(a).toMatchObject({
      documentUid: doc.uid,
      documentTitle: expect.any(String),
      outlet: 'Azernews',
      version: 1,
      ...r,
      exact: '42 percent of Uzbekistan’s border',
      prefix: doc.text.slice(r.start - 32, r.start),
      suffix: doc.text.slice(r.end, r.end + 32),
      noteText: 'Figure worth citing;\ncheck the source.\nMinistry data',
      anchorStatus: 'exact',
      evidenceCount: 0,
    });
    expect(JSON.parse(a.note).type).toBe('doc');
    expect(a.themes.map((t) => t.name).sort()).toEqual(['Borders', 'Security']);
    const rows = indexedAnnotations(s);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.start).toBe(r.start);
    expect(ftsHits(s, 'uzbekistan')).toHaveLength(1);
    expect(ftsHits(s, 'ministry')).toHaveLength(1);
    // Every theme was there already: the create made none.
    const { createdThemes, ...stored } = a;
    expect(createdThemes).toEqual([]);
    expect(await ok(s, 'annotations.get', { uid: a.uid })).toEqual(stored);
  });

  it('finds a quote with curly quotes and broken spaces typed plainly, with an occurrence when repeated', async () => {
    const { s, doc } = await setup();
    const a = await ok(s, 'annotations.create', { document: doc.uid, quote: "Uzbekistan's  border", themeNames: ['Borders', 'New theme'] });
    expect(a.exact).toBe('Uzbekistan’s border');
    expect(a.themes.map((t) => t.name).sort()).toEqual(['Borders', 'New theme']);
    expect((await ok(s, 'themes.list', {})).filter((t) => t.name === 'Borders')).toHaveLength(1);
    // It says which theme it made (undo in the UI deletes that one): the new name, not Borders.
    expect(a.createdThemes).toEqual([a.themes.find((t) => t.name === 'New theme')!.uid]);
    const partial = await ok(s, 'annotations.create', { document: doc.uid, quote: 'ercent of Uzbek' });
    expect(partial.exact).toBe('percent of Uzbekistan’s');
    const ambiguous = await fails(s, 'annotations.create', { document: doc.uid, quote: 'surveillance' });
    expect(ambiguous).toEqual({ code: 'conflict', message: 'the quote occurs 3 times in the document; choose an occurrence (1-3)' });
    const second = await ok(s, 'annotations.create', { document: doc.uid, quote: 'surveillance', occurrence: 2 });
    expect(second.start).toBe(doc.text.indexOf('surveillance', doc.text.indexOf('surveillance') + 1));
    expect((await fails(s, 'annotations.create', { document: doc.uid, quote: 'surveillance', occurrence: 4 })).code).toBe('not-found');
    expect((await fails(s, 'annotations.create', { document: doc.uid, quote: 'Bayraktar' })).message).toBe('the quote is not in the document');
  });

  it('keeps overlapping annotations and quotes after an emoji (offsets are UTF-16)', async () => {
    const s = tempSession();
    const doc = await importText(s, 'Drone parade 🛩️🇹🇷 in Baku: the Bayraktar TB2 flew over the boulevard at noon.');
    const outer = await ok(s, 'annotations.create', { document: doc.uid, quote: 'the Bayraktar TB2 flew over the boulevard' });
    const inner = await ok(s, 'annotations.create', { document: doc.uid, quote: 'Bayraktar TB2' });
    const emoji = await ok(s, 'annotations.create', { document: doc.uid, quote: '🛩️🇹🇷 in Baku' });
    expect(outer.exact).toBe('the Bayraktar TB2 flew over the boulevard');
    expect(inner.exact).toBe('Bayraktar TB2');
    expect(emoji.exact).toBe('🛩️🇹🇷 in Baku');
    expect(doc.text.slice(inner.start, inner.end)).toBe('Bayraktar TB2');
    const list = await ok(s, 'annotations.list', { document: doc.uid });
    expect(list.items.map((a) => a.exact)).toEqual(['🛩️🇹🇷 in Baku', 'the Bayraktar TB2 flew over the boulevard', 'Bayraktar TB2']);
  });

  it('refuses junk and changes nothing', async () => {
    const { s, doc, security } = await setup();
    const before = dump(s.project);
    const bad: [unknown, string][] = [
      [{ document: doc.uid, start: 5, end: 5 }, 'invalid-input'],
      [{ document: doc.uid, start: 10, end: 1_000_000 }, 'invalid-input'],
      [{ document: doc.uid, start: -1, end: 4 }, 'invalid-input'],
      [{ document: doc.uid, quote: 'x', start: 1, end: 4 }, 'invalid-input'],
      [{ document: doc.uid }, 'invalid-input'],
      [{ document: doc.uid, start: 0, end: 4, exact: 'forged quote' }, 'invalid-input'],
      [{ document: doc.uid, start: 0, end: 4, note: '{"not":"a doc"}' }, 'invalid-input'],
      [{ document: doc.uid, start: 0, end: 4, note: 'not json' }, 'invalid-input'],
      [{ document: doc.uid, start: 0, end: 4, themes: ['no-such-theme'] }, 'not-found'],
      [{ document: 'zzzz', start: 0, end: 4 }, 'not-found'],
      [{ document: doc.uid, start: doc.text.indexOf('\n\n'), end: doc.text.indexOf('\n\n') + 2 }, 'invalid-input'],
      [{ document: doc.uid, start: 0, end: 4, themes: [security.uid], themeNames: ['Occurrence without a quote'], occurrence: 2 }, 'invalid-input'],
      ['junk', 'invalid-input'],
    ];
    for (const [input, code] of bad) expect((await fails(s, 'annotations.create', input)).code, JSON.stringify(input)).toBe(code);
    // A theme name would be created inside the same transaction: a failure leaves no theme behind.
    expect((await fails(s, 'annotations.create', { document: doc.uid, quote: 'absent words', themeNames: ['Ghost'] })).code).toBe('not-found');
    expect((await fails(s, 'annotations.create', { document: doc.uid, start: 0, end: 4, themes: ['nope'], themeNames: ['Ghost'] })).code).toBe('not-found');
    expect(dump(s.project)).toEqual(before);
  });
});

describe('annotations.list', () => {
  it('lists per document in text order, across the project by theme (with sub-themes), by status, with paging', async () => {
    const { s, doc, security, uavs, borders } = await setup();
    const other = await importText(s, 'Bayraktar drones patrol the border with Afghanistan.\n\nThe border is long.', 'other.txt', 'Trend');
    const a3 = await ok(s, 'annotations.create', { document: doc.uid, quote: 'fiber-optic communication lines', themes: [borders.uid] });
    const a1 = await ok(s, 'annotations.create', { document: doc.uid, quote: 'unmanned systems', themes: [uavs.uid] });
    const a2 = await ok(s, 'annotations.create', { document: doc.uid, quote: '42 percent', themes: [security.uid, borders.uid] });
    const b1 = await ok(s, 'annotations.create', { document: other.uid, quote: 'Bayraktar drones', themes: [uavs.uid] });

    const perDoc = await ok(s, 'annotations.list', { document: doc.uid });
    expect(perDoc.items.map((a) => a.uid)).toEqual([a1.uid, a2.uid, a3.uid]);
    expect(perDoc.total).toBe(3);

    const security_ = await ok(s, 'annotations.list', { themes: [security.uid] });
    expect(security_.items.map((a) => a.uid)).toEqual([a1.uid, a2.uid, b1.uid]);
    // "Trend" is an alias of the shipped directory's Trend News Agency.
    expect(security_.items[2]).toMatchObject({ documentTitle: 'other.txt', outlet: 'Trend News Agency', exact: 'Bayraktar drones' });
    const direct = await ok(s, 'annotations.list', { themes: [security.uid], includeSubthemes: false });
    expect(direct.items.map((a) => a.uid)).toEqual([a2.uid]);
    const either = await ok(s, 'annotations.list', { themes: [uavs.uid, borders.uid], includeSubthemes: false });
    expect(either.total).toBe(4);

    const page = await ok(s, 'annotations.list', { themes: [security.uid], limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.items.map((a) => a.uid)).toEqual([a2.uid, b1.uid]);
    expect((await ok(s, 'annotations.list', { status: ['orphaned'] })).total).toBe(0);
    expect((await ok(s, 'annotations.list', { status: ['exact'], sort: 'recent', limit: 1 })).items[0]!.uid).toBe(b1.uid);
    expect((await fails(s, 'annotations.list', { themes: ['missing'] })).code).toBe('not-found');
    expect((await fails(s, 'annotations.list', { status: ['lost'] })).code).toBe('invalid-input');
  });
});

describe('annotations.update', () => {
  it('moves the range (quote re-read), retags and rewrites the note, keeping the index in step', async () => {
    const { s, doc, security, uavs, borders } = await setup();
    const a = await ok(s, 'annotations.create', { document: doc.uid, quote: '42 percent', themes: [security.uid], noteText: 'first' });
    const r = rangeOf(doc.text, 'video surveillance system');
    const moved = await ok(s, 'annotations.update', { uid: a.uid, ...r });
    expect(moved).toMatchObject({ ...r, exact: 'video surveillance system', noteText: 'first', anchorStatus: 'exact' });
    expect(indexedAnnotations(s)[0]!.start).toBe(r.start);
    expect(ftsHits(s, 'percent')).toHaveLength(0);

    const retagged = await ok(s, 'annotations.update', { uid: a.uid, addThemes: [uavs.uid, borders.uid], removeThemes: [security.uid] });
    expect(retagged.themes.map((t) => t.name).sort()).toEqual(['Borders', 'UAVs']);
    const replaced = await ok(s, 'annotations.update', { uid: a.uid, themes: [security.uid] });
    expect(replaced.themes.map((t) => t.name)).toEqual(['Security']);

    const noted = await ok(s, 'annotations.update', { uid: a.uid, note: NOTE });
    expect(noted.noteText).toContain('Ministry data');
    expect(ftsHits(s, 'ministry')).toHaveLength(1);
    expect(ftsHits(s, 'first')).toHaveLength(0);
    const cleared = await ok(s, 'annotations.update', { uid: a.uid, note: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] }) });
    expect(cleared).toMatchObject({ note: '', noteText: '' });
  });

  it('refuses junk and changes nothing', async () => {
    const { s, doc, security } = await setup();
    const a = await ok(s, 'annotations.create', { document: doc.uid, quote: '42 percent', themes: [security.uid] });
    const before = dump(s.project);
    const bad: [unknown, string][] = [
      [{ uid: a.uid, start: 3 }, 'invalid-input'],
      [{ uid: a.uid, start: 9, end: 3 }, 'invalid-input'],
      [{ uid: a.uid, start: 0, end: 1e7 }, 'invalid-input'],
      [{ uid: a.uid, themes: [], addThemes: [security.uid] }, 'invalid-input'],
      [{ uid: a.uid, themes: ['gone'] }, 'not-found'],
      [{ uid: a.uid, addThemes: [security.uid], note: '[]' }, 'invalid-input'],
      [{ uid: 'no-such-annotation', noteText: 'x' }, 'not-found'],
      [{ uid: a.uid, anchorStatus: 'orphaned' }, 'invalid-input'],
    ];
    for (const [input, code] of bad) expect((await fails(s, 'annotations.update', input)).code, JSON.stringify(input)).toBe(code);
    expect(dump(s.project)).toEqual(before);
  });
});

describe('annotations.delete and restore (undo)', () => {
  it('brings back the same uid, themes, note and claim evidence', async () => {
    const { s, doc, security, borders } = await setup();
    const a = await ok(s, 'annotations.create', { document: doc.uid, quote: '42 percent of Uzbekistan’s border', themes: [security.uid, borders.uid], note: NOTE });
    const db = s.project.db;
    const now = new Date().toISOString();
    db.prepare("INSERT INTO claims (uid, statement, created_at, updated_at) VALUES ('claim-1', '42% of the border is watched', ?, ?)").run(now, now);
    db.prepare("INSERT INTO claim_evidence (claim_id, annotation_id, stance, note, position) SELECT c.id, a.id, 'supports', 'key figure', 0 FROM claims c, annotations a WHERE c.uid = 'claim-1' AND a.uid = ?").run(a.uid);
    const withEvidence = await ok(s, 'annotations.get', { uid: a.uid });
    expect(withEvidence.evidenceCount).toBe(1);
    const before = dump(s.project);

    const { restore } = await ok(s, 'annotations.delete', { uid: a.uid });
    expect(restore).toMatchObject({ uid: a.uid, themes: expect.arrayContaining([security.uid, borders.uid]), evidence: [{ claimUid: 'claim-1', stance: 'supports', note: 'key figure', position: 0 }] });
    expect((await fails(s, 'annotations.get', { uid: a.uid })).code).toBe('not-found');
    expect(indexedAnnotations(s)).toHaveLength(0);
    expect(db.prepare('SELECT count(*) AS n FROM claim_evidence').get()).toEqual({ n: 0 });

    const back = await ok(s, 'annotations.restore', restore);
    expect(back).toMatchObject({ ...withEvidence, updatedAt: expect.any(String) });
    const after = dump(s.project);
    const strip = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), id: 0, updated_at: '', annotation_id: 0 }));
    for (const table of ['annotations', 'annotation_themes', 'claim_evidence']) expect(strip(after[table]!)).toEqual(strip(before[table]!));
    expect(ftsHits(s, 'ministry')).toHaveLength(1);
    expect((await fails(s, 'annotations.restore', restore)).code).toBe('conflict');
  });

  it('restores without a theme deleted in the meantime, and refuses a forged snapshot', async () => {
    const { s, doc, security, borders } = await setup();
    const a = await ok(s, 'annotations.create', { document: doc.uid, quote: '42 percent', themes: [security.uid, borders.uid] });
    const { restore } = await ok(s, 'annotations.delete', { uid: a.uid });
    await ok(s, 'themes.delete', { uid: borders.uid });
    const before = dump(s.project);
    expect((await fails(s, 'annotations.restore', { ...restore, documentUid: 'nope' })).code).toBe('not-found');
    expect((await fails(s, 'annotations.restore', { ...restore, end: restore.start })).code).toBe('invalid-input');
    expect((await fails(s, 'annotations.restore', { ...restore, note: 'x' })).code).toBe('invalid-input');
    expect((await fails(s, 'annotations.restore', { ...restore, createdAt: 'yesterday' })).code).toBe('invalid-input');
    expect(dump(s.project)).toEqual(before);
    const back = await ok(s, 'annotations.restore', restore);
    expect(back.themes.map((t) => t.name)).toEqual(['Security']);
    expect(back.exact).toBe('42 percent');
  });
});

describe('the search index of annotations', () => {
  it('follows the document when its outlet or date changes', async () => {
    const { s, doc } = await setup();
    await ok(s, 'annotations.create', { document: doc.uid, quote: '42 percent' });
    await ok(s, 'documents.update', { uid: doc.uid, patch: { outlet: 'Trend', published: '2025-10-07' } });
    const row = s.project.db
      .prepare("SELECT o.name AS outlet, i.date FROM search_items i JOIN outlets o ON o.id = i.outlet_id WHERE i.kind = 'annotation'")
      .get();
    expect(row).toEqual({ outlet: 'Trend News Agency', date: '2025-10-07' });
  });
});
