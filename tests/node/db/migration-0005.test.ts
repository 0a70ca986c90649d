import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate';
import { LATEST_VERSION } from '../../../db/migrations';
import { APPLICATION_ID, openProjectDb } from '../../../db/open-project';
import { tempDir } from '../../helpers/temp-project';

// 0005 rebuilds the outlets table to widen its kind CHECK. Dropping the old table runs the
// documents' ON DELETE SET NULL; the migration must put every document's outlet back.

describe('migration 0005 (outlet aliases, datelines, independent media)', () => {
  it('keeps every document on its outlet and every outlet as it was, and accepts the new kind', () => {
    const path = join(tempDir(), 'v4.dossier');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('foreign_keys = ON');
    migrate(raw, 4);
    const now = '2025-01-01T00:00:00.000Z';
    const outlet = raw.prepare("INSERT INTO outlets (uid, name, kind, grade, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    outlet.run('o1', 'Azernews', 'private_media', 'B', 'desk notes', now, now);
    outlet.run('o2', 'Meydan TV', 'other', 'C', '', now, now);
    const doc = raw.prepare('INSERT INTO documents (uid, title, outlet_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    doc.run('d1', 'One', 1, 'a.txt', now, now);
    doc.run('d2', 'Two', 2, 'b.txt', now, now);
    doc.run('d3', 'Three', null, 'c.txt', now, now);
    const outletsBefore = raw.prepare('SELECT * FROM outlets ORDER BY id').all();
    raw.close();

    const db = openProjectDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT uid, outlet_id FROM documents ORDER BY id').all()).toEqual([
      { uid: 'd1', outlet_id: 1 },
      { uid: 'd2', outlet_id: 2 },
      { uid: 'd3', outlet_id: null },
    ]);
    expect(db.prepare('SELECT * FROM outlets ORDER BY id').all()).toEqual(outletsBefore);
    db.prepare("UPDATE outlets SET kind = 'independent_media' WHERE uid = 'o2'").run();
    expect(() => db.prepare("UPDATE outlets SET kind = 'tabloid' WHERE uid = 'o2'").run()).toThrow(/CHECK/);
    // The rebuilt table is still the one documents point at: deleting an outlet clears its documents' link.
    db.prepare("DELETE FROM outlets WHERE uid = 'o1'").run();
    expect(db.prepare("SELECT outlet_id FROM documents WHERE uid = 'd1'").get()).toEqual({ outlet_id: null });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'migration_%' OR name = 'outlets_new'").get()).toEqual({ n: 0 });
    db.close();
  });
});
