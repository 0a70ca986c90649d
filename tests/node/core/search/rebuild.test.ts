import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { LATEST_VERSION } from '../../../../db/migrations';
import { APPLICATION_ID } from '../../../../db/open-project';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session, type Project } from '../../../../src-main/core/session';
import { REBUILD_SETTING } from '../../../../src-main/core/search/rebuild';
import { tempDir } from '../../../helpers/temp-project';
import { addAnnotation, addArgument, addClaim, addDocument } from './fixtures';

// Migration 0003 recreates the FTS table body-first and empties it; opening the project
// rebuilds every row from the items' own tables, so a project made before it still finds all.

describe('search index rebuild after migration 0003', () => {
  it('a schema-2 project with every kind is found in full after opening', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.dossier');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('foreign_keys = ON');
    migrate(raw, 2);
    const old = { db: raw, statements: new Map(), now: () => '2025-01-01T00:00:00.000Z' } as unknown as Project;
    // The core's insert writes columns and reads tables later migrations add (0004's
    // author_kind, 0005's datelines and outlet names): added for the inserts and dropped
    // again, so the file is a schema-2 project with its rows.
    const LATER_COLUMNS = ['author_kind', 'dateline', 'dateline_place', 'dateline_date', 'upstream_outlet_id'];
    for (const c of LATER_COLUMNS) raw.exec(`ALTER TABLE documents ADD COLUMN ${c} TEXT`);
    raw.exec('CREATE TABLE outlet_aliases (id INTEGER PRIMARY KEY, outlet_id INTEGER, alias TEXT, folded TEXT UNIQUE)');
    raw.exec('CREATE TABLE outlet_domains (outlet_id INTEGER, domain TEXT PRIMARY KEY)');
    const doc = addDocument(old, { title: 'Steppe corridor', outlet: 'Kabar', published: '2025-02', paragraphs: ['Intro.', 'Trains cross the Қазақстан steppe.'] });
    const ann = addAnnotation(old, doc, 'Trains cross the Қазақстан steppe.', { note: 'rail note' });
    const claim = addClaim(old, 'Steppe rail traffic grew', { credibility: 3 });
    const arg = addArgument(old, 'Steppe argument', 'thesis', 'The steppe matters.');
    for (const c of LATER_COLUMNS) raw.exec(`ALTER TABLE documents DROP COLUMN ${c}`);
    raw.exec('DROP TABLE outlet_aliases; DROP TABLE outlet_domains');
    raw.close();

    const s = new Session(createProject(path), { dataDir: dir });
    const db = s.project.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").get() as { sql: string }).sql).toMatch(/fts5\(\s*body, title/);
    expect(db.prepare('SELECT 1 FROM settings WHERE key = ?').get(REBUILD_SETTING)).toBeUndefined();
    const r = await dispatch(s, 'search.query', { query: 'steppe', limit: 50 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.hits.map((h) => `${h.kind}:${h.uid}`).sort()).toEqual(
      [`annotation:${ann.uid}`, `argument:${arg.uid}`, `claim:${claim.uid}`, `document:${doc.uid}`, `passage:${doc.uid}`].sort(),
    );
    const kz = await dispatch(s, 'search.query', { query: 'казакстан', kinds: ['document'], outlet: 'kabar' });
    expect(kz.ok && kz.value.hits.map((h) => [h.snippet.slice(...h.highlights[0]!), h.date])).toEqual([['Қазақстан', '2025-02']]);
    s.close();
  });
});
