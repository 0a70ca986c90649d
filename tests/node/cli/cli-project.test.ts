import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src-main/core/session';
import { dump, tempDir } from '../../helpers/temp-project';
import { cli } from '../../helpers/cli';
import { SAMPLE } from '../../helpers/samples';

describe('dossier CLI: stats, check, backup, restore', () => {
  it('stats --json creates a project and prints its counts', async () => {
    const db = join(tempDir(), 'a.dossier');
    const r = await cli('--db', db, 'stats', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.counts).toEqual({ outlets: 0, documents: 0, versions: 0, blocks: 0, themes: 0, annotations: 0, claims: 0, arguments: 0 });
    expect(s.path).toBe(db);
  });

  it('check reports integrity ok; backup then restore gives an identical project', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.dossier');
    expect((await cli('--db', db, 'import', SAMPLE, '--outlet', 'Azernews')).code).toBe(0);
    expect((await cli('--db', db, 'themes', 'add', 'Energy')).code).toBe(0);
    const check = await cli('--db', db, 'check');
    expect(check).toMatchObject({ code: 0, out: 'integrity ok' });
    const bak = join(dir, 'a.bak.dossier');
    expect((await cli('--db', db, 'backup', bak)).code).toBe(0);
    const copy = join(dir, 'copy.dossier');
    const restored = await cli('--db', copy, 'restore', bak, '--json');
    expect(restored.code).toBe(0);
    const a = createProject(db);
    const b = createProject(copy);
    expect(dump(b)).toEqual(dump(a));
    expect(dump(a).documents).toHaveLength(1);
    a.close();
    b.close();
  });

  it('refuses a newer-version backup and leaves the target as it was', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.dossier');
    await cli('--db', db, 'themes', 'add', 'Energy');
    const future = join(dir, 'future.dossier');
    await cli('--db', future, 'stats');
    const raw = new Database(future);
    raw.pragma('user_version = 999');
    raw.close();
    const before = dump(createProject(db));
    const r = await cli('--db', db, 'restore', future);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/newer Dossier/);
    const p = createProject(db);
    expect(dump(p)).toEqual(before);
    p.close();
  });

  it('exit codes: 2 for usage errors, 1 for failures, one line on stderr', async () => {
    const dir = tempDir();
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('--db', join(dir, 'x.dossier'), 'backup')).code).toBe(2);
    const junk = join(dir, 'junk.dossier');
    (await import('node:fs')).writeFileSync(junk, 'hello');
    const r = await cli('--db', junk, 'stats');
    expect(r.code).toBe(1);
    expect(r.err).toBe('dossier: junk.dossier is not a Dossier project (not an SQLite file)');
    expect(readFileSync(junk, 'utf8')).toBe('hello');
  });
});
