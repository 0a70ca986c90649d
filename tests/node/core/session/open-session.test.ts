import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, openLastSession, openSession, RecentProjects, type Log, type Session, type SessionPorts } from '../../../../src-main/core/session';
import { createTheme, listThemes } from '../../../../src-main/core/themes/themes';
import { tempDir } from '../../../helpers/temp-project';

/** Ports as a desktop host gives them: backups on, recent projects kept, events and errors recorded. */
function hostPorts(dir: string) {
  const events: { name: string; payload: unknown }[] = [];
  const errors: string[] = [];
  const log: Log = { error: (m) => errors.push(m), info: () => {} };
  const recent = new RecentProjects(dir);
  const ports: SessionPorts = { dataDir: dir, log, recent, autoBackups: {}, emit: (name, payload) => events.push({ name, payload }) };
  return { ports, events, errors, recent };
}

const opened: Session[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

/** openSession, closed after the test. */
function track(s: Session): Session {
  opened.push(s);
  return s;
}

/** A session on a.dossier in a fresh folder, with desktop-like ports. */
function hostSession() {
  const dir = tempDir();
  const host = hostPorts(dir);
  return { ...host, s: track(openSession(join(dir, 'a.dossier'), host.ports)), dir };
}

const backupsOf = (dir: string, name: string): string[] => {
  const folder = join(dir, `${name}.backups`);
  return existsSync(folder) ? readdirSync(folder) : [];
};

/** The themes stored in a project file, read through a fresh connection. */
function themesIn(path: string): string[] {
  const p = createProject(path);
  try {
    return listThemes(p).map((t) => t.name);
  } finally {
    p.close();
  }
}

describe('openSession', () => {
  it('creates the folder and the project, remembers it, and closes in order: the closing backup, then the database', async () => {
    const dir = tempDir();
    const { ports, errors, recent } = hostPorts(dir);
    const path = join(dir, 'nested', 'folder', 'Field notes.dossier');
    const s = openSession(path, ports);
    expect(existsSync(path)).toBe(true);
    expect(recent.list()).toEqual([path]);
    createTheme(s.project, { name: 'Energy' });
    const db = s.project.db;
    await s.close();
    expect(db.open).toBe(false);
    // The closing backup was taken from the open database, so it holds the change.
    const made = backupsOf(join(dir, 'nested', 'folder'), 'Field notes');
    expect(made).toHaveLength(1);
    expect(themesIn(join(dir, 'nested', 'folder', 'Field notes.backups', made[0]!))).toEqual(['Energy']);
    expect(errors).toEqual([]);
  });

  it('switches projects: the next opens first, the previous gets its closing backup and closes, hosts hear of it', async () => {
    const { s, dir, events, recent } = hostSession();
    const a = join(dir, 'a.dossier');
    const b = join(dir, 'b.dossier');
    const first = s.project;
    createTheme(first, { name: 'Corridors' });
    const next = await s.open(b);
    expect(s.project).toBe(next);
    expect(first.db.open).toBe(false);
    expect(backupsOf(dir, 'a')).toHaveLength(1);
    expect(events).toEqual([{ name: 'project.changed', payload: { path: b, name: 'b' } }]);
    expect(recent.list()).toEqual([b, a]);
    // Calls go to the project now open.
    expect(await dispatch(s, 'themes.list', {})).toEqual({ ok: true, value: [] });
    // Opening the open project again changes nothing.
    expect(await s.open(b)).toBe(next);
    expect(events).toHaveLength(1);
    await s.open(a);
    expect(recent.list()).toEqual([a, b]);
    const themes = await dispatch(s, 'themes.list', {});
    expect(themes.ok && themes.value.map((t) => t.name)).toEqual(['Corridors']);
  });

  it('keeps the open project when the next one cannot be opened', async () => {
    const { s, dir, events } = hostSession();
    const before = s.project;
    const foreign = join(dir, 'notes.dossier');
    writeFileSync(foreign, 'not a database');
    await expect(s.open(foreign)).rejects.toMatchObject({ code: 'not-a-project' });
    expect(s.project).toBe(before);
    expect(before.db.open).toBe(true);
    expect(events).toEqual([]);
  });

  it('creates new projects but never over an existing file', async () => {
    const { s, dir } = hostSession();
    createTheme(s.project, { name: 'Energy' });
    await expect(s.create(join(dir, 'a.dossier'))).rejects.toMatchObject({ code: 'conflict' });
    const created = await s.create(join(dir, 'new', 'b.dossier'));
    expect(created.path).toBe(join(dir, 'new', 'b.dossier'));
    expect(listThemes(created)).toEqual([]);
    expect(themesIn(join(dir, 'a.dossier'))).toEqual(['Energy']);
  });

  it('reopens the same file after it was replaced, also when the replacement fails', async () => {
    const { s, events } = hostSession();
    const before = s.project;
    await expect(s.reopenAfter(() => { throw new Error('disk full'); })).rejects.toThrow('disk full');
    expect(before.db.open).toBe(false);
    expect(s.project).not.toBe(before);
    expect(s.project.db.open).toBe(true);
    expect(events.map((e) => e.name)).toEqual(['project.changed']);
  });
});

describe('per-project state', () => {
  it('is held by each project and session, so two sessions in one process never share it', async () => {
    const dir = tempDir();
    const one = track(openSession(join(dir, 'one.dossier'), { dataDir: dir }));
    const two = track(openSession(join(dir, 'two.dossier'), { dataDir: dir }));
    for (const s of [one, two]) createTheme(s.project, { name: 'Energy' });
    // Search channels: the same channel and seq in both sessions, neither is stale.
    const [r1, r2] = await Promise.all([
      dispatch(one, 'search.query', { query: 'energy', channel: 'bar', seq: 1 }),
      dispatch(two, 'search.query', { query: 'energy', channel: 'bar', seq: 1 }),
    ]);
    expect(r1.ok && r1.value.stale).toBe(false);
    expect(r2.ok && r2.value.stale).toBe(false);
    // Statement caches: each connection prepares its own statements.
    expect(one.project.statements.size).toBeGreaterThan(0);
    expect([...one.project.statements.values()].every((st) => st.database === one.project.db)).toBe(true);
    expect([...two.project.statements.values()].every((st) => st.database === two.project.db)).toBe(true);
    // Exported files: what one session wrote, the other cannot read back.
    const out = join(dir, 'one.md');
    expect((await dispatch(one, 'export.run', { format: 'md', path: out })).ok).toBe(true);
    expect((await dispatch(one, 'export.read', { path: out })).ok).toBe(true);
    expect(await dispatch(two, 'export.read', { path: out })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Backup marks: a backup of one leaves the other due.
    expect((await dispatch(one, 'backups.run', {})).ok).toBe(true);
    expect(one.project.changesAtBackup).toBeGreaterThan(0);
    expect(two.project.changesAtBackup).toBe(0);
  });

  it('starts empty for a project switched to', async () => {
    const dir = tempDir();
    const s = track(openSession(join(dir, 'a.dossier'), { dataDir: dir }));
    await dispatch(s, 'search.query', { query: 'anything' });
    expect(s.project.statements.size).toBeGreaterThan(0);
    const before = new Set(s.project.statements.values());
    const next = await s.open(join(dir, 'b.dossier'));
    // Opening prepares a few statements of its own; none is the old connection's.
    expect([...next.statements.values()].filter((st) => before.has(st) || st.database !== next.db)).toEqual([]);
    expect(next.searchChannels.size).toBe(0);
    expect(next.changesAtBackup).toBe(0);
  });
});

describe('RecentProjects', () => {
  it('lists newest first without repeats, at most ten, leaving out files that are gone', () => {
    const dir = tempDir();
    const recent = new RecentProjects(dir);
    expect(recent.list()).toEqual([]);
    expect(recent.latest()).toBeUndefined();
    const paths = Array.from({ length: 12 }, (_, i) => join(dir, `p${i}.dossier`));
    for (const p of paths) writeFileSync(p, '');
    for (const p of paths) recent.add(p);
    recent.add(paths[5]!);
    const listed = new RecentProjects(dir).list();
    expect(listed).toHaveLength(10);
    expect(listed.slice(0, 3)).toEqual([paths[5], paths[11], paths[10]]);
    expect(new Set(listed).size).toBe(10);
    recent.add(join(dir, 'moved-away.dossier'));
    expect(recent.latest()).toBe(paths[5]);
  });

  it('starts a new list when its file is unreadable or malformed', () => {
    const dir = tempDir();
    const recent = new RecentProjects(dir);
    for (const junk of ['{', '[1,2]', '{"recent": [3]}']) {
      writeFileSync(recent.file, junk);
      expect(recent.list()).toEqual([]);
    }
    const p = join(dir, 'a.dossier');
    writeFileSync(p, '');
    recent.add(p);
    expect(recent.list()).toEqual([p]);
  });
});

describe('the nativeBinding port', () => {
  it('loads SQLite from the addon the host names, and fails clearly on one that is not there', () => {
    const dir = tempDir();
    const addon = join(process.cwd(), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const missing = join(dir, 'better_sqlite3-electron-abi0.node');
    expect(() => openSession(join(dir, 'b.dossier'), { dataDir: dir, nativeBinding: missing })).toThrow(/better_sqlite3-electron-abi0/);
    const s = track(openSession(join(dir, 'a.dossier'), { dataDir: dir, nativeBinding: addon }));
    expect(s.project.db.open).toBe(true);
  });
});

describe('openLastSession', () => {
  it('reopens the project opened last, else the default one, saying why the last would not open', async () => {
    const dir = tempDir();
    const { ports } = hostPorts(dir);
    const refused: string[] = [];
    const onRefused = (err: Error, path: string): number => refused.push(`${path}: ${err.message}`);
    const first = track(openLastSession(ports, onRefused));
    expect(first.project.path).toBe(join(dir, 'default.dossier'));
    await first.open(join(dir, 'field.dossier'));
    await first.close();
    const again = track(openLastSession(ports, onRefused));
    expect(again.project.path).toBe(join(dir, 'field.dossier'));
    await again.close();
    writeFileSync(join(dir, 'field.dossier'), 'no longer a project');
    const fallback = track(openLastSession(ports, onRefused));
    expect(fallback.project.path).toBe(join(dir, 'default.dossier'));
    expect(refused).toEqual([`${join(dir, 'field.dossier')}: field.dossier is not a Dossier project (not an SQLite file)`]);
  });
});
