import { describe, expect, it } from 'vitest';
import { findRef, prefixEnd, REF_TABLES, resolveRef, type RefKind } from '../../../../src-main/core/data/resolve';
import type { Session } from '../../../../src-main/core/session';
import { tempSession } from '../../../helpers/temp-project';
import { fails, importText, ok } from '../annotate/helpers';

// One resolver for every table's uid-or-prefix reference: the exact uid, else the one uid the
// prefix starts, else not-found; a prefix of several uids is `ambiguous`, never a guess.

/** A project with a row in every uid table (two themes, to test prefixes on). */
async function everyTable(s: Session): Promise<Record<RefKind, string>> {
  const doc = await importText(s, 'Drones patrol the Caspian border every night.');
  const theme = await ok(s, 'themes.create', { name: 'Security' });
  await ok(s, 'themes.create', { name: 'Energy' });
  const ann = await ok(s, 'annotations.create', { document: doc.uid, quote: 'Drones patrol', themes: [theme.uid] });
  const claim = await ok(s, 'claims.create', { statement: 'Drones patrol the border', evidence: [{ annotation: ann.uid, stance: 'supports' }] });
  const arg = await ok(s, 'arguments.create', { title: 'Borders' });
  const outlet = (await ok(s, 'outlets.list', {}))[0]!;
  const saved = await ok(s, 'savedSearches.save', { name: 'Drones', search: { query: 'drones' } });
  const board = await ok(s, 'ach.create', { question: 'Who patrols the border?', hypotheses: ['Army'] });
  const group = await ok(s, 'aliases.add', { names: ['UAV', 'drone'] });
  const db = s.project.db;
  const now = '2025-01-01T00:00:00.000Z';
  db.prepare("INSERT INTO collections (uid, name, description, created_at, updated_at) VALUES ('col-1', 'Set', '', ?, ?)").run(now, now);
  db.prepare("INSERT INTO variables (uid, name, type, description) VALUES ('var-1', 'Region', 'Text', '')").run();
  return {
    document: doc.uid,
    outlet: outlet.uid,
    theme: theme.uid,
    annotation: ann.uid,
    claim: claim.uid,
    argument: arg.uid,
    collection: 'col-1',
    variable: 'var-1',
    'saved search': saved.uid,
    board: board.uid,
    hypothesis: board.hypotheses[0]!.uid,
    'alias group': group.uid,
  };
}

describe('resolveRef', () => {
  it('finds a row of every table by its uid and by a unique prefix; an unknown ref is not-found', async () => {
    const s = tempSession();
    const uids = await everyTable(s);
    for (const kind of Object.keys(REF_TABLES) as RefKind[]) {
      const uid = uids[kind];
      const row = s.project.db.prepare(`SELECT id FROM ${REF_TABLES[kind]} WHERE uid = ?`).get(uid) as { id: number };
      expect(resolveRef(s.project, kind, uid), kind).toEqual({ id: row.id, uid });
      expect(resolveRef(s.project, kind, uid.slice(0, uid.length - 2)), kind).toEqual({ id: row.id, uid });
      expect(() => resolveRef(s.project, kind, 'zz-none')).toThrow(`no ${kind} matches "zz-none"`);
      expect(findRef(s.project, kind, ''), kind).toBeUndefined();
    }
  });

  it('refuses a prefix of several uids with `ambiguous`, naming them; the exact uid wins over longer ones', async () => {
    const s = tempSession();
    const a = await ok(s, 'themes.create', { name: 'Security' });
    const b = await ok(s, 'themes.create', { name: 'Energy' });
    const c = await ok(s, 'themes.create', { name: 'Transport' });
    const set = s.project.db.prepare('UPDATE themes SET uid = ? WHERE uid = ?');
    set.run('abc', a.uid);
    set.run('abcd-1', b.uid);
    set.run('abcd-2', c.uid);
    const err = await fails(s, 'themes.update', { uid: 'abcd', name: 'X' });
    expect(err.code).toBe('ambiguous');
    expect(err.message).toBe('"abcd" starts the id of more than one theme (abcd-1, abcd-2); type more of it');
    expect((await ok(s, 'themes.update', { uid: 'abc', name: 'Safety' })).name).toBe('Safety');
    expect((await ok(s, 'themes.update', { uid: 'abcd-2', name: 'Rail' })).name).toBe('Rail');
    // Three or more: a few are named and the rest is marked.
    set.run('abcd-3', 'abc');
    expect((await fails(s, 'themes.update', { uid: 'ab', name: 'X' })).message).toMatch(/\(abcd-1, abcd-2, abcd-3, …\)/);
    expect((await ok(s, 'themes.list', {})).map((t) => t.name).sort()).toEqual(['Energy', 'Rail', 'Safety']);
  });

  it('treats LIKE wildcards and quotes as plain characters (no pattern, no scan)', async () => {
    const s = tempSession();
    const doc = await importText(s, 'Pipelines cross the Caspian.');
    expect((await fails(s, 'documents.get', { uid: '%' })).code).toBe('not-found');
    expect((await fails(s, 'documents.get', { uid: '_' })).code).toBe('not-found');
    expect((await fails(s, 'documents.get', { uid: "'" })).code).toBe('not-found');
    expect((await ok(s, 'documents.get', { uid: doc.uid.slice(0, 6) })).uid).toBe(doc.uid);
    // As the LIKE it replaces, a prefix typed in capitals still finds the (lower-case) uid.
    s.project.db.prepare('UPDATE documents SET uid = ? WHERE uid = ?').run('beef-cafe-1', doc.uid);
    expect((await ok(s, 'documents.get', { uid: 'BEEF-CA' })).uid).toBe('beef-cafe-1');
  });

  it('a document ref in annotations.create takes a prefix and refuses an ambiguous one', async () => {
    const s = tempSession();
    const one = await importText(s, 'Pipelines cross the Caspian.', 'a.txt');
    const two = await importText(s, 'Railways cross the steppe.', 'b.txt');
    s.project.db.prepare('UPDATE documents SET uid = ? WHERE uid = ?').run('doc-one', one.uid);
    s.project.db.prepare('UPDATE documents SET uid = ? WHERE uid = ?').run('doc-two', two.uid);
    expect((await fails(s, 'annotations.create', { document: 'doc-', quote: 'cross' })).code).toBe('ambiguous');
    expect((await ok(s, 'annotations.create', { document: 'doc-t', quote: 'cross' })).documentUid).toBe('doc-two');
  });

  it('prefixEnd is the least string above every extension of the prefix', () => {
    expect(prefixEnd('abc')).toBe('abd');
    expect(prefixEnd('a\uD7FF')).toBe('a\uE000');
    expect(prefixEnd('x\u{1F600}')).toBe('x\u{1F601}');
    for (const s of ['abc', 'abc0', 'abc\uFFFF', 'abc\u{10FFFF}', 'abcz']) {
      expect(s >= 'abc' && Buffer.compare(Buffer.from(s), Buffer.from(prefixEnd('abc'))) < 0, s).toBe(true);
    }
    expect(Buffer.compare(Buffer.from('abd'), Buffer.from(prefixEnd('abc')))).toBe(0);
  });
});
