import Database from 'better-sqlite3';
import { copyFileSync, existsSync, openSync, readdirSync, readFileSync, closeSync, truncateSync, writeFileSync, writeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createTheme } from '../../../../src-main/core/themes/themes';
import { dump, tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from '../export/sample-notes';

/** A real backup of the session's project, written through the API. */
async function backupOf(s: ReturnType<typeof tempSession>, name: string): Promise<string> {
  const path = join(s.ports.dataDir, name);
  const r = await dispatch(s, 'project.backup', { path });
  if (!r.ok) throw new Error(r.error.message);
  return path;
}

/** Overwrites bytes in the middle of a file (pages of the b-trees), keeping its header. */
function garble(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    for (let at = 4096; at < size; at += 8192) writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, at + 100);
  } finally {
    closeSync(fd);
  }
}

describe('project.restore', () => {
  it('refuses a damaged, truncated, newer, empty or foreign file before touching the open project', async () => {
    const s = tempSession();
    await buildSampleNotes(s.project);
    const good = await backupOf(s, 'good.dossier');
    createTheme(s.project, { name: 'Added after the backup' });
    const before = dump(s.project);
    const projectBytes = () => readFileSync(s.project.path);
    const beforeBytes = projectBytes();

    const truncated = join(s.ports.dataDir, 'truncated.dossier');
    copyFileSync(good, truncated);
    truncateSync(truncated, Math.floor(statSync(good).size / 2));
    const garbled = join(s.ports.dataDir, 'garbled.dossier');
    copyFileSync(good, garbled);
    garble(garbled);
    const newer = join(s.ports.dataDir, 'newer.dossier');
    copyFileSync(good, newer);
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const empty = join(s.ports.dataDir, 'empty.dossier');
    writeFileSync(empty, '');
    const blank = join(s.ports.dataDir, 'blank.sqlite');
    new Database(blank).close();
    const text = join(s.ports.dataDir, 'notes.txt');
    writeFileSync(text, 'not a project at all');

    const cases: [string, RegExp][] = [
      [truncated, /damaged|cannot be (read|restored)/],
      [garbled, /damaged|cannot be (read|restored)/],
      [newer, /newer Dossier/],
      [empty, /empty/],
      [blank, /not a Dossier project/],
      [text, /not a Dossier project/],
      [join(s.ports.dataDir, 'missing.dossier'), /no backup/],
    ];
    for (const [file, message] of cases) {
      const r = await dispatch(s, 'project.restore', { path: file });
      expect(r, file).toMatchObject({ ok: false, error: { message } });
      // The open project is the same object, still open, byte-identical and with the same rows.
      expect(dump(s.project)).toEqual(before);
    }
    expect(projectBytes().equals(beforeBytes)).toBe(true);
    expect(existsSync(join(s.ports.dataDir, 'test.backups'))).toBe(false);
    // Still usable for writing.
    createTheme(s.project, { name: 'Still writable' });
  });

  it('restores a good backup and keeps the replaced project in the backup folder', async () => {
    const s = tempSession();
    await buildSampleNotes(s.project);
    const good = await backupOf(s, 'good.dossier');
    const atBackup = dump(s.project);
    createTheme(s.project, { name: 'Added after the backup' });
    const r = await dispatch(s, 'project.restore', { path: good });
    expect(r.ok).toBe(true);
    expect(dump(s.project)).toEqual(atBackup);
    const kept = readdirSync(join(s.ports.dataDir, 'test.backups'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^test-\d{8}-\d{6}-\d{3}-before-restore\.dossier$/);
    const list = await dispatch(s, 'backups.list', {});
    expect(list.ok && list.value.map((b) => b.name)).toEqual(kept);
    // Restoring that copy brings the later theme back.
    const undo = await dispatch(s, 'project.restore', { path: join(s.ports.dataDir, 'test.backups', kept[0]!) });
    expect(undo.ok).toBe(true);
    expect((dump(s.project).themes as { name: string }[]).map((t) => t.name)).toContain('Added after the backup');
  });
});
