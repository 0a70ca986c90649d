import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../db/migrations';
import { migrate } from '../../../../db/migrate';
import { APPLICATION_ID, openProjectDb } from '../../../../db/open-project';
import { holdersFolder } from '../../../../db/project-holders';
import { backup, restoreInto } from '../../../../src-main/core/backup/backup';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject } from '../../../../src-main/core/session';
import { createTheme } from '../../../../src-main/core/themes/themes';
import { privateBuild, spawnWebHost } from '../../../helpers/built-app';
import { tempDir, tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from '../export/sample-notes';

let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('restore-guards')), 300_000);
afterAll(() => build?.remove());

const bytes = (path: string): Buffer => readFileSync(path);

/** A whole project of schema 2, as an older Dossier left it. */
function schema2Project(dir: string): string {
  const old = join(dir, 'old.dossier');
  const raw = new Database(old);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(raw, 2, MIGRATIONS);
  raw.close();
  return old;
}

/** A project with content and a backup of it, both closed. */
async function projectAndBackup(dir: string): Promise<{ project: string; copy: string }> {
  const project = join(dir, 'p.dossier');
  const copy = join(dir, 'copy.dossier');
  const p = createProject(project);
  await buildSampleNotes(p);
  await backup(p, copy);
  createTheme(p, { name: 'After the backup' });
  p.close();
  return { project, copy };
}

describe('restore into a project another Dossier holds open', () => {
  it('is refused by the CLI, naming the browser host that holds it; both files stay byte-identical', async () => {
    const dir = tempDir();
    const { project, copy } = await projectAndBackup(dir);
    const host = await spawnWebHost(build!.web, project, dir);
    try {
      expect((await host.call('project.info')).body.ok).toBe(true);
      const before = { project: bytes(project), copy: bytes(copy) };
      const r = spawnSync(process.execPath, [build!.cli, '--db', project, 'restore', copy], { encoding: 'utf8', env: { ...process.env, DOSSIER_HOME: dir } });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`p\\.dossier is open in Dossier \\(browser host, process ${host.child.pid}`));
      expect(r.stderr).toMatch(/close it there before restoring/);
      // In this process too (a library call, not only the CLI).
      expect(() => restoreInto(copy, project)).toThrow(/open in Dossier \(browser host/);
      expect(bytes(project).equals(before.project)).toBe(true);
      expect(bytes(copy).equals(before.copy)).toBe(true);
      expect(existsSync(join(dir, 'p.backups'))).toBe(false);
      // The host still works on its file and sees the theme added after the backup.
      const themes = await host.call('themes.list');
      expect((themes.body.value as { name: string }[]).map((t) => t.name)).toContain('After the backup');
    } finally {
      await host.stop();
    }
    // Once the host has closed, the same restore goes through.
    const r = spawnSync(process.execPath, [build!.cli, '--db', project, 'restore', copy], { encoding: 'utf8', env: { ...process.env, DOSSIER_HOME: dir } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('ignores a holder that was killed (its entry is stale)', async () => {
    const dir = tempDir();
    const { project, copy } = await projectAndBackup(dir);
    const host = await spawnWebHost(build!.web, project, dir);
    host.child.kill('SIGKILL');
    await host.stop();
    expect(() => restoreInto(copy, project)).not.toThrow();
  }, 120_000);
});

describe('migrating a project another process holds open', () => {
  it('is refused naming the holder, and the file is left as it was', async () => {
    const dir = tempDir();
    const old = schema2Project(dir);
    // A live process (here a sleeping one) recorded as an older Dossier's desktop app holding the file.
    const holder = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      mkdirSync(holdersFolder(old));
      writeFileSync(join(holdersFolder(old), `x-${holder.pid}.json`), JSON.stringify({ pid: holder.pid, kind: 'desktop app', host: hostname(), since: new Date().toISOString() }));
      const before = bytes(old);
      expect(() => openProjectDb(old)).toThrow(new RegExp(`open in Dossier \\(desktop app, process ${holder.pid}.*before this Dossier upgrades it`));
      expect(bytes(old).equals(before)).toBe(true);
      expect(existsSync(`${old}.v2.bak`)).toBe(false);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((done) => holder.once('exit', done));
    openProjectDb(old).close();
    expect(existsSync(`${old}.v2.bak`)).toBe(true);
  });
});

describe('restore checks the file is a whole Dossier project', () => {
  it('refuses a project with dropped tables and an SQLite file marked schema 1-3 with no tables; the open project is untouched', async () => {
    const s = tempSession();
    await buildSampleNotes(s.project);
    const dir = s.ports.dataDir;
    const before = bytes(s.project.path);
    const good = join(dir, 'good.dossier');
    expect((await dispatch(s, 'project.backup', { path: good })).ok).toBe(true);

    const cases: [string, RegExp][] = [];
    for (const table of ['claims', 'annotation_themes', 'search_items']) {
      const file = join(dir, `dropped-${table}.dossier`);
      writeFileSync(file, bytes(good));
      const raw = new Database(file);
      raw.pragma('foreign_keys = OFF');
      raw.exec(`DROP TABLE ${table}`);
      raw.close();
      cases.push([file, new RegExp(`tables missing \\(.*${table}`)]);
    }
    for (const version of [1, 2, 3]) {
      const file = join(dir, `empty-v${version}.dossier`);
      const raw = new Database(file);
      raw.pragma(`user_version = ${version}`);
      raw.close();
      cases.push([file, /not a Dossier project/]);
      const marked = join(dir, `marked-v${version}.dossier`);
      const raw2 = new Database(marked);
      raw2.pragma(`user_version = ${version}`);
      raw2.pragma(`application_id = ${APPLICATION_ID}`);
      raw2.exec('CREATE TABLE documents (id INTEGER PRIMARY KEY)');
      raw2.close();
      cases.push([marked, /tables missing/]);
    }
    const orphan = join(dir, 'orphan.dossier');
    writeFileSync(orphan, bytes(good));
    const raw = new Database(orphan);
    raw.pragma('foreign_keys = OFF');
    raw.exec('DELETE FROM documents');
    raw.close();
    cases.push([orphan, /rows point to rows that are gone/]);

    for (const [file, message] of cases) {
      const copyBefore = bytes(file);
      const r = await dispatch(s, 'project.restore', { path: file });
      expect(r, file).toMatchObject({ ok: false, error: { message } });
      expect(bytes(file).equals(copyBefore), file).toBe(true);
    }
    expect(bytes(s.project.path).equals(before)).toBe(true);
    expect((await dispatch(s, 'project.restore', { path: good })).ok).toBe(true);
  });

  it('accepts an older but whole project (every migration up to its version)', () => {
    const dir = tempDir();
    const old = schema2Project(dir);
    const target = join(dir, 't.dossier');
    restoreInto(old, target);
    const p = createProject(target);
    expect(p.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    p.close();
  });
});

describe('backups', () => {
  it('are written in rollback-journal mode: reading one creates no -wal or -shm beside it', async () => {
    const s = tempSession();
    await buildSampleNotes(s.project);
    const file = join(s.ports.dataDir, 'b.dossier');
    expect((await dispatch(s, 'project.backup', { path: file })).ok).toBe(true);
    const auto = await dispatch(s, 'backups.run', {});
    expect(auto.ok).toBe(true);
    for (const f of [file, auto.ok ? auto.value.path : '']) {
      const header = bytes(f);
      expect([header[18], header[19]], f).toEqual([1, 1]);
      const db = new Database(f, { readonly: true });
      expect((db.prepare('SELECT count(*) FROM documents').pluck().get() as number) > 0).toBe(true);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      db.close();
      expect(existsSync(`${f}-wal`) || existsSync(`${f}-shm`)).toBe(false);
    }
  });
});
