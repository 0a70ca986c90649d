import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, loadMigrations } from '../../../db/migrations';
import { migrate } from '../../../db/migrate';
import { APPLICATION_ID, migrationBackupPath, openProjectDb, ProjectOpenError } from '../../../db/open-project';
import { tempDir } from '../../helpers/temp-project';

const refuse = (path: string, code: ProjectOpenError['code'], message: RegExp): void => {
  const before = readFileSync(path);
  let caught: unknown;
  try {
    openProjectDb(path).close();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ProjectOpenError);
  expect((caught as ProjectOpenError).code).toBe(code);
  expect((caught as Error).message).toMatch(message);
  expect(readFileSync(path).equals(before)).toBe(true);
};

describe('opening a project file', () => {
  it('creates a new project at the latest schema with the Dossier application id and pragmas', () => {
    const path = join(tempDir(), 'new.dossier');
    const db = openProjectDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('refuses a project from a newer Dossier and leaves it byte-identical', () => {
    const path = join(tempDir(), 'future.dossier');
    openProjectDb(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    refuse(path, 'newer-project', /newer Dossier/);
  });

  it('refuses a non-SQLite file and leaves it unchanged', () => {
    const path = join(tempDir(), 'notes.dossier');
    writeFileSync(path, 'just some text, not a database\n'.repeat(20));
    refuse(path, 'not-a-project', /not a Dossier project/);
  });

  it('refuses a foreign SQLite database and leaves it unchanged', () => {
    const path = join(tempDir(), 'foreign.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES (\'x\')');
    raw.close();
    refuse(path, 'not-a-project', /not a Dossier project/);
  });

  it('backs an older project up next to it before migrating, keeping its rows', () => {
    const path = join(tempDir(), 'old.dossier');
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw, 1);
    raw
      .prepare("INSERT INTO outlets (uid, name, created_at, updated_at) VALUES ('u1', 'Azernews', '2025-01-01', '2025-01-01')")
      .run();
    raw.close();
    const db = openProjectDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT name FROM outlets').all()).toEqual([{ name: 'Azernews' }]);
    db.close();
    const backup = migrationBackupPath(path, 1);
    expect(existsSync(backup)).toBe(true);
    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT count(*) AS n FROM outlets').get()).toEqual({ n: 1 });
    old.close();
  });

  it('rolls back a migration that leaves a row pointing at nothing (foreign_key_check before COMMIT)', () => {
    const path = join(tempDir(), 'fk.dossier');
    const db = new Database(path);
    migrate(db, LATEST_VERSION);
    const dangling = { version: LATEST_VERSION + 1, name: '9999_dangling', sql: 'CREATE TABLE ok_table (x); INSERT INTO annotation_themes (annotation_id, theme_id) VALUES (41, 42);' };
    expect(() => migrate(db, LATEST_VERSION + 1, [...MIGRATIONS, dangling])).toThrow('foreign key check failed after migrating: 2 rows (annotation_themes -> themes, annotation_themes -> annotations)');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM annotation_themes').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('backs up a project whose path holds quotes (VACUUM INTO binds the path)', () => {
    const path = join(tempDir(), "Ankara's \"notes\"'; --.dossier");
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(raw, 1);
    raw.close();
    openProjectDb(path).close();
    const old = new Database(migrationBackupPath(path, 1), { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
  });

  it('rolls a failing migration back whole, naming it', () => {
    const path = join(tempDir(), 'fail.dossier');
    const db = new Database(path);
    const bad = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: '9999_broken', sql: 'CREATE TABLE ok_table (x); SELECT nonsense FROM nowhere;' }];
    migrate(db, LATEST_VERSION);
    expect(() => migrate(db, LATEST_VERSION + 1, bad)).toThrow(/9999_broken/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration files', () => {
  it('are numbered 1..N without gaps and hold no transaction or journal statements', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    // A trigger's body is a BEGIN … END block, not a transaction.
    const outsideTriggers = (sql: string): string => sql.replace(/CREATE TRIGGER[\s\S]*?\bEND;/gi, '');
    for (const m of MIGRATIONS) expect(outsideTriggers(m.sql)).not.toMatch(/\b(BEGIN|COMMIT|VACUUM)\b|journal_mode/i);
  });

  it('a gap in the numbering is an error at load time', () => {
    expect(() => loadMigrations({ './migrations/0001_a.sql': '', './migrations/0003_c.sql': '' })).toThrow(/not contiguous/);
  });
});
