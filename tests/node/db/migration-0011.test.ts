import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate';
import { APPLICATION_ID, openProjectDb } from '../../../db/open-project';
import { tempDir } from '../../helpers/temp-project';

// 0011 makes document_upstreams the one upstream record: the dateline's agency (0006's
// documents.upstream_outlet_id) moves there, and the column goes.

describe('migration 0011 (one upstream model)', () => {
  it('moves dateline agencies into document_upstreams, outranking detection but not the analyst, and drops the column', () => {
    const path = join(tempDir(), 'v10.dossier');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('foreign_keys = ON');
    migrate(raw, 10);
    const now = '2025-01-01T00:00:00.000Z';
    const outlet = raw.prepare("INSERT INTO outlets (uid, name, kind, grade, notes, created_at, updated_at) VALUES (?, ?, 'other', 'C', '', ?, ?)");
    outlet.run('o1', 'AZERTAC', now, now);
    outlet.run('o2', 'Trend News Agency', now, now);
    outlet.run('o3', 'Day.Az', now, now);
    const doc = raw.prepare(
      'INSERT INTO documents (uid, title, outlet_id, origin, created_at, updated_at, dateline, upstream_outlet_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    doc.run('d1', 'AZERTAC own item', 1, 'a.txt', now, now, 'Baku, October 7, AZERTAC', 1);
    doc.run('d2', 'Trend with dateline', 2, 'b.txt', now, now, 'Baku, October 7, AZERTAC', 1);
    doc.run('d3', 'Day.Az, marked by hand', 3, 'c.txt', now, now, 'Baku, October 7, AZERTAC', 1);
    doc.run('d4', 'Day.Az, stated source', 3, 'd.txt', now, now, 'Baku, October 8, Trend', 2);
    doc.run('d5', 'No dateline', 3, 'e.txt', now, now, null, null);
    const up = raw.prepare('INSERT INTO document_upstreams (document_id, outlet_id, name, source, evidence, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    up.run(3, null, null, 'manual', '', now);
    up.run(4, 1, 'AZERTAC', 'pattern', 'citing AZERTAC', now);
    up.run(5, 2, 'Trend News Agency', 'pattern', 'Trend reports', now);
    raw.close();

    const db = openProjectDb(path);
    expect(db.prepare('SELECT document_id, outlet_id, source, evidence FROM document_upstreams ORDER BY document_id').all()).toEqual([
      { document_id: 2, outlet_id: 1, source: 'dateline', evidence: 'Baku, October 7, AZERTAC' },
      { document_id: 3, outlet_id: null, source: 'manual', evidence: '' },
      { document_id: 4, outlet_id: 2, source: 'dateline', evidence: 'Baku, October 8, Trend' },
      { document_id: 5, outlet_id: 2, source: 'pattern', evidence: 'Trend reports' },
    ]);
    expect(db.prepare('SELECT uid, dateline_agency FROM documents ORDER BY id').all()).toEqual([
      { uid: 'd1', dateline_agency: 'AZERTAC' },
      { uid: 'd2', dateline_agency: 'AZERTAC' },
      { uid: 'd3', dateline_agency: 'AZERTAC' },
      { uid: 'd4', dateline_agency: 'Trend News Agency' },
      { uid: 'd5', dateline_agency: null },
    ]);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('documents')").all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('upstream_outlet_id');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
