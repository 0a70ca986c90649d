import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { tempSession } from '../../../helpers/temp-project';
import { ftsHits, indexedAnnotations, ok, rangeOf, SAMPLE } from './helpers';

// The acceptance test of issue 4: a changed version of the sample article is imported as a
// new version through the real import path, and the annotations follow it.

const MOVED = 'Formats endure leadership transitions, bureaucratic reshuffles, and domestic political turbulence.';
const INSERTED = 'Several of these formats were launched only after 2021. ';
const REWORDED = 'Its drone platforms, in particular, have become attractive due to their cost-effectiveness, proven performance, and integrated training packages.';
const REWRITTEN = 'Its drone platforms in particular have grown attractive thanks to their cost-effectiveness, proven combat performance and integrated training packages.';
const REMOVED = 'He added that more than 1,100 kilometers (683 miles) of fiber-optic communication lines have also been installed.';

function changedVersion(original: string): string {
  for (const s of [MOVED, REWORDED, REMOVED]) expect(original.split(s)).toHaveLength(2);
  return original.replace(MOVED, INSERTED + MOVED).replace(REWORDED, REWRITTEN).replace(` ${REMOVED}`, '');
}

describe('re-importing a changed version re-anchors the annotations in the same transaction', () => {
  it('moved: exact; reworded: re-anchored fuzzily; removed: orphaned and listed; overlaps and themes kept', async () => {
    const s = tempSession();
    const p = s.project;
    const first = await importFiles(p, { items: [{ kind: 'path', path: SAMPLE }], overrides: { outlet: 'Azernews' } });
    const uid = first.results[0]!.uid!;
    const v1 = (await ok(s, 'documents.get', { uid })).text;
    const theme = await ok(s, 'themes.create', { name: 'Institutions' });

    const moved = await ok(s, 'annotations.create', { document: uid, quote: MOVED, themes: [theme.uid], noteText: 'formats outlast leaders' });
    const inside = await ok(s, 'annotations.create', { document: uid, quote: 'bureaucratic reshuffles' });
    const reworded = await ok(s, 'annotations.create', { document: uid, quote: REWORDED });
    const removed = await ok(s, 'annotations.create', { document: uid, quote: REMOVED, noteText: 'fiber figure' });
    expect(rangeOf(v1, MOVED).start).toBe(moved.start);

    const changed = changedVersion(readFileSync(SAMPLE, 'utf8'));
    const second = await importFiles(p, { items: [{ kind: 'text', text: changed, name: 'v2.txt' }], overrides: { versionOf: uid } });
    expect(second.results[0]).toMatchObject({ status: 'version', uid });
    const v2 = (await ok(s, 'documents.get', { uid })).text;
    expect(v2).not.toBe(v1);

    const after = new Map((await ok(s, 'annotations.list', { document: uid })).items.map((a) => [a.uid, a]));
    const m = after.get(moved.uid)!;
    expect(m).toMatchObject({ anchorStatus: 'exact', exact: MOVED, version: 2, noteText: 'formats outlast leaders' });
    expect(m.start).toBe(moved.start + INSERTED.length);
    expect(v2.slice(m.start, m.end)).toBe(MOVED);
    expect(m.themes.map((t) => t.name)).toEqual(['Institutions']);
    const i = after.get(inside.uid)!;
    expect(i).toMatchObject({ anchorStatus: 'exact', exact: 'bureaucratic reshuffles', start: inside.start + INSERTED.length });

    const r = after.get(reworded.uid)!;
    expect(r).toMatchObject({ anchorStatus: 'reanchored', exact: REWRITTEN, version: 2 });
    expect(v2.slice(r.start, r.end)).toBe(REWRITTEN);

    const o = after.get(removed.uid)!;
    expect(o).toMatchObject({ anchorStatus: 'orphaned', exact: REMOVED, start: removed.start, end: removed.end, version: 1 });
    const orphans = await ok(s, 'annotations.list', { status: ['orphaned'] });
    expect(orphans.items.map((a) => a.uid)).toEqual([removed.uid]);

    // The index follows: new offsets for the placed ones, the orphan still findable by its note.
    const starts = new Map(indexedAnnotations(s).map((row) => [row.ref_id, row.start]));
    expect([...starts.values()].sort((a, b) => a - b)).toEqual([...after.values()].map((a) => a.start).sort((a, b) => a - b));
    expect(ftsHits(s, 'fiber')).toHaveLength(1);

    // Re-attaching the orphan: a new range in the current text makes it exact again.
    const target = rangeOf(v2, 'Kurbanov also confirmed');
    const reattached = await ok(s, 'annotations.update', { uid: removed.uid, ...target });
    expect(reattached).toMatchObject({ anchorStatus: 'exact', exact: 'Kurbanov also confirmed', version: 2, noteText: 'fiber figure' });
  });

  it('keeps exact quotes of overlapping annotations when an emoji is inserted before them', async () => {
    const s = tempSession();
    const v1 = 'Parade in Baku 🇦🇿 today.\n\nThe Bayraktar TB2 flew over the boulevard at noon, watched by thousands.';
    const first = await importFiles(s.project, { items: [{ kind: 'text', text: v1, name: 'parade.txt' }], overrides: {} });
    const uid = first.results[0]!.uid!;
    const outer = await ok(s, 'annotations.create', { document: uid, quote: 'The Bayraktar TB2 flew over the boulevard' });
    const inner = await ok(s, 'annotations.create', { document: uid, quote: 'TB2 flew' });
    const v2 = v1.replace('today.', 'today 🛩️🙂 with music.');
    await importFiles(s.project, { items: [{ kind: 'text', text: v2, name: 'parade-v2.txt' }], overrides: { versionOf: uid } });
    const text = (await ok(s, 'documents.get', { uid })).text;
    for (const before of [outer, inner]) {
      const after = await ok(s, 'annotations.get', { uid: before.uid });
      expect(after).toMatchObject({ anchorStatus: 'exact', exact: before.exact, version: 2, start: before.start + ' 🛩️🙂 with music'.length });
      expect(text.slice(after.start, after.end)).toBe(before.exact);
    }
  });

  it('a failed version import leaves annotations where they were', async () => {
    const s = tempSession();
    const first = await importFiles(s.project, { items: [{ kind: 'path', path: SAMPLE }], overrides: {} });
    const uid = first.results[0]!.uid!;
    const { createdThemes: _, ...a } = await ok(s, 'annotations.create', { document: uid, quote: MOVED });
    const r = await importFiles(s.project, { items: [{ kind: 'text', text: '   ', name: 'empty.txt' }], overrides: { versionOf: uid } });
    expect(r.results[0]!.status).toBe('failed');
    expect(await ok(s, 'annotations.get', { uid: a.uid })).toEqual(a);
  });
});
