import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { autoBackup, scheduleAutoBackups } from '../../../../src-main/core/backup/auto-backup';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session } from '../../../../src-main/core/session';
import { createTheme } from '../../../../src-main/core/themes/themes';
import { dump, tempDir } from '../../../helpers/temp-project';

/** A project whose clock the test moves forward. */
function clocked(): { s: Session; dir: string; advance: (minutes: number) => void } {
  const dir = tempDir();
  let t = Date.parse('2026-03-01T09:00:00.000Z');
  const ports = { dataDir: dir, now: () => new Date(t) };
  const s = new Session(createProject(join(dir, 'Field notes.dossier'), ports), ports);
  return { s, dir, advance: (minutes) => (t += minutes * 60_000) };
}

describe('automatic backups', () => {
  it('keeps the last N online backups in <name>.backups beside the project, newest first', async () => {
    const { s, dir, advance } = clocked();
    try {
      createTheme(s.project, { name: 'Energy' });
      expect(await dispatch(s, 'backups.settings', {})).toMatchObject({ ok: true, value: { enabled: true, keep: 10, intervalMinutes: 30, folder: join(dir, 'Field notes.backups') } });
      expect(await dispatch(s, 'backups.settings', { keep: 3 })).toMatchObject({ ok: true, value: { keep: 3 } });
      const made: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await dispatch(s, 'backups.run', {});
        if (!r.ok) throw new Error(r.error.message);
        made.push(r.value.path);
        advance(1);
      }
      expect(made[0]).toBe(join(dir, 'Field notes.backups', 'Field notes-20260301-090000-000.dossier'));
      const list = await dispatch(s, 'backups.list', {});
      expect(list.ok && list.value.map((b) => b.path)).toEqual(made.slice(2).reverse());
      expect(list.ok && list.value[0]!.createdAt).toBe('2026-03-01T09:04:00.000Z');
      // Each is a complete project with the data.
      const copy = createProject(made[4]!);
      expect(dump(copy).themes).toHaveLength(1);
      copy.close();
    } finally {
      s.close();
    }
  });

  it('backs up on a timer only when the project changed and the interval passed, and on close after a change', async () => {
    const { s, advance } = clocked();
    const p = s.project;
    try {
      expect(await autoBackup(p, 'timer')).toBeNull(); // an empty project: nothing worth keeping
      createTheme(p, { name: 'Security' });
      expect(await autoBackup(p, 'timer')).not.toBeNull(); // the first backup comes at once
      advance(45);
      expect(await autoBackup(p, 'timer')).toBeNull(); // unchanged since
      createTheme(p, { name: 'Energy' });
      expect(await autoBackup(p, 'timer')).not.toBeNull(); // changed, 45 minutes after the last
      createTheme(p, { name: 'Corridors' });
      advance(10);
      expect(await autoBackup(p, 'timer')).toBeNull(); // changed, but only 10 minutes after the last
      advance(25);
      expect(await autoBackup(p, 'timer')).not.toBeNull();
      createTheme(p, { name: 'Finance' });
      advance(1);
      expect(await autoBackup(p, 'close')).not.toBeNull(); // closing does not wait for the interval
      expect(await autoBackup(p, 'close')).toBeNull();
      await dispatch(s, 'backups.settings', { enabled: false });
      createTheme(p, { name: 'Institutions' });
      advance(60);
      expect(await autoBackup(p, 'timer')).toBeNull();
      expect(await autoBackup(p, 'close')).toBeNull();
      const list = await dispatch(s, 'backups.list', {});
      expect(list.ok && list.value).toHaveLength(4);
    } finally {
      s.close();
    }
  });

  it('refuses settings out of range and changes nothing', async () => {
    const { s } = clocked();
    try {
      for (const bad of [{ keep: 0 }, { keep: 1.5 }, { intervalMinutes: 0 }, { enabled: 'yes' }, { folder: '/tmp' }]) {
        expect(await dispatch(s, 'backups.settings', bad)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
      expect(await dispatch(s, 'backups.settings', {})).toMatchObject({ ok: true, value: { enabled: true, keep: 10, intervalMinutes: 30 } });
    } finally {
      s.close();
    }
  });
});


describe('scheduleAutoBackups', () => {
  it('backs up on its timer and once more when the project closes', async () => {
    const { s, dir } = clocked();
    try {
      createTheme(s.project, { name: 'Security' });
      const folder = join(dir, 'Field notes.backups');
      const count = (): number => (existsSync(folder) ? readdirSync(folder).length : 0);
      const scheduler = scheduleAutoBackups(() => s.project, 20);
      for (let i = 0; i < 500 && count() === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 100)); // several more ticks
      expect(count()).toBe(1); // the first backup; nothing changed since, so no second
      createTheme(s.project, { name: 'Energy' });
      scheduler.stop();
      await scheduler.closing(s.project);
      expect(readdirSync(join(dir, 'Field notes.backups')).length).toBe(2);
    } finally {
      s.close();
    }
  });
});
