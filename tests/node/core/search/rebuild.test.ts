import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../db/migrate';
import { LATEST_VERSION } from '../../../../db/migrations';
import { APPLICATION_ID } from '../../../../db/open-project';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session, type Project } from '../../../../src-main/core/session';
import { REBUILD_SETTING, rebuildPending } from '../../../../src-main/core/search/rebuild';
import { tempDir } from '../../../helpers/temp-project';
import { addAnnotation, addArgument, addClaim, addDocument } from './fixtures';

// Migrations 0003 and 0008 recreate the FTS table (body first; stems and keys) and empty it;
// the session that opens the project rebuilds every row from the items' own tables, so a
// project made before them still finds all.

describe('search index rebuild after migration 0008', () => {
  it('a schema-4 project with every kind is found in full after opening, through stems and keys too', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.dossier');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('foreign_keys = ON');
    migrate(raw, 4);
    const old = { db: raw, statements: new Map(), now: () => '2025-01-01T00:00:00.000Z' } as unknown as Project;
    // The core's insert writes columns and reads tables later migrations add (0006's datelines
    // and outlet names, 0008's search_items.lang and FTS stems and keys): added for the inserts
    // and put back after, so the file is a schema-4 project with its rows.
    const LATER_COLUMNS = ['dateline', 'dateline_place', 'dateline_date', 'dateline_agency'];
    for (const c of LATER_COLUMNS) raw.exec(`ALTER TABLE documents ADD COLUMN ${c} TEXT`);
    raw.exec('CREATE TABLE outlet_aliases (id INTEGER PRIMARY KEY, outlet_id INTEGER, alias TEXT, folded TEXT UNIQUE)');
    raw.exec('CREATE TABLE outlet_domains (outlet_id INTEGER, domain TEXT PRIMARY KEY)');
    const fts = (columns: string): string =>
      `DROP TABLE search_fts; CREATE VIRTUAL TABLE search_fts USING fts5(${columns}, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`;
    raw.exec(`ALTER TABLE search_items ADD COLUMN lang TEXT; ${fts('body, title, stems, keys')}`);
    const doc = addDocument(old, { title: 'Steppe corridor', outlet: 'Kabar', published: '2025-02', paragraphs: ['Intro.', 'Trains cross the Қазақстан steppe.'] });
    const ann = addAnnotation(old, doc, 'Trains cross the Қазақстан steppe.', { note: 'rail note' });
    const claim = addClaim(old, 'Steppe rail traffic grew', { credibility: 3 });
    const arg = addArgument(old, 'Steppe argument', 'thesis', 'The steppe matters.');
    for (const c of LATER_COLUMNS) raw.exec(`ALTER TABLE documents DROP COLUMN ${c}`);
    raw.exec('DROP TABLE outlet_aliases; DROP TABLE outlet_domains');
    raw.exec(`ALTER TABLE search_items DROP COLUMN lang; ${fts('body, title')}`);
    raw.close();

    // The session rebuilds the index in steps after opening (rebuild-resume.test.ts): wait for the end.
    const s = new Session(createProject(path), { dataDir: dir });
    while (rebuildPending(s.project)) await new Promise((r) => setTimeout(r, 10));
    const db = s.project.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").get() as { sql: string }).sql).toMatch(/fts5\(\s*body, title, stems, keys/);
    expect(db.prepare('SELECT 1 FROM settings WHERE key = ?').get(REBUILD_SETTING)).toBeUndefined();
    const r = await dispatch(s, 'search.query', { query: 'steppe', limit: 50 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.hits.map((h) => `${h.kind}:${h.uid}`).sort()).toEqual(
      [`annotation:${ann.uid}`, `argument:${arg.uid}`, `claim:${claim.uid}`, `document:${doc.uid}`, `passage:${doc.uid}`].sort(),
    );
    const kz = await dispatch(s, 'search.query', { query: 'казакстан', kinds: ['document'], outlet: 'kabar' });
    expect(kz.ok && kz.value.hits.map((h) => [h.snippet.slice(...h.highlights[0]!), h.date])).toEqual([['Қазақстан', '2025-02']]);
    const latin = await dispatch(s, 'search.query', { query: 'Qazaqstan', kinds: ['document'] });
    expect(latin.ok && latin.value.hits.map((h) => h.uid)).toEqual([doc.uid]);
    s.close();
  });
});
