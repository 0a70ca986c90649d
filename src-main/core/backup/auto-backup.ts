import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AutoBackupSettings, BackupEntry } from '@common/api/schemas/export';
import type { Project } from '../session';
import { getSetting, setSetting } from '../settings';
import { runJob } from '../workers/run-job';
import { backupFileFor, backupFolderFor, listBackupFiles } from './backup-files';
import { preparedValue } from '../data/statements';

// Automatic backups of the open project: the session calls autoBackup() on a timer and when the
// project closes; it writes an online backup into <name>.backups/ when the project changed
// since the last one and keeps the newest N (settings keys below, per project).

export const AUTO_BACKUP_KEYS = { enabled: 'backup.auto', keep: 'backup.keep', interval: 'backup.intervalMinutes' } as const;
export const AUTO_BACKUP_DEFAULTS = { enabled: true, keep: 10, intervalMinutes: 30 };

const intSetting = (p: Project, key: string, fallback: number, min: number, max: number): number => {
  const n = Number(getSetting(p, key));
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function autoBackupSettings(p: Project): AutoBackupSettings {
  return {
    enabled: getSetting(p, AUTO_BACKUP_KEYS.enabled) !== 'false',
    keep: intSetting(p, AUTO_BACKUP_KEYS.keep, AUTO_BACKUP_DEFAULTS.keep, 1, 1000),
    intervalMinutes: intSetting(p, AUTO_BACKUP_KEYS.interval, AUTO_BACKUP_DEFAULTS.intervalMinutes, 1, 10_080),
    folder: backupFolderFor(p.path),
  };
}

/** Changes the settings given (already validated by the contract) and returns them all. */
export function setAutoBackup(p: Project, patch: { enabled?: boolean; keep?: number; intervalMinutes?: number }): AutoBackupSettings {
  p.db.transaction(() => {
    if (patch.enabled !== undefined) setSetting(p, AUTO_BACKUP_KEYS.enabled, String(patch.enabled));
    if (patch.keep !== undefined) setSetting(p, AUTO_BACKUP_KEYS.keep, String(patch.keep));
    if (patch.intervalMinutes !== undefined) setSetting(p, AUTO_BACKUP_KEYS.interval, String(patch.intervalMinutes));
  })();
  if (patch.keep !== undefined) prune(p, patch.keep);
  return autoBackupSettings(p);
}

export const listBackups = (p: Project): BackupEntry[] =>
  listBackupFiles(p.path).map(({ path, name, createdAt, sizeBytes }) => ({ path, name, createdAt, sizeBytes }));

/** Deletes the oldest automatic backups beyond `keep` (backups kept before a restore stay). */
function prune(p: Project, keep: number): void {
  for (const old of listBackupFiles(p.path).filter((b) => b.auto).slice(keep)) rmSync(old.path, { force: true });
}

const totalChanges = (p: Project): number => preparedValue(p, 'SELECT total_changes()').get() as number;

/** Takes a backup now into the backup folder and prunes to the configured number. */
export async function backupNow(p: Project): Promise<BackupEntry> {
  const file = backupFileFor(p.path, p.now(), 'auto');
  mkdirSync(dirname(file), { recursive: true });
  const changes = totalChanges(p);
  const { path, sizeBytes } = await runJob(p, 'backup', { dest: file }, { target: file });
  p.changesAtBackup = changes;
  prune(p, autoBackupSettings(p).keep);
  const entry = listBackups(p).find((b) => b.path === path);
  return entry ?? { path, name: path, createdAt: p.now(), sizeBytes };
}

/**
 * The hosts' hook, on a timer and on close: backs up when automatic backups are on and the
 * project changed since the last backup (a timer tick also waits for the interval since the
 * newest backup). A project with no backup yet gets one as soon as it has content.
 * Returns the new backup, or null when none was due.
 */
export async function autoBackup(p: Project, reason: 'timer' | 'close'): Promise<BackupEntry | null> {
  const settings = autoBackupSettings(p);
  if (!settings.enabled) return null;
  const newest = listBackupFiles(p.path)[0];
  const changed = totalChanges(p) > p.changesAtBackup;
  const hasContent = (preparedValue(p, 'SELECT EXISTS (SELECT 1 FROM documents) OR EXISTS (SELECT 1 FROM themes)').get() as number) === 1;
  if (!newest) return hasContent ? backupNow(p) : null;
  if (!changed) return null;
  if (reason === 'timer') {
    const age = Date.parse(p.now()) - Date.parse(newest.createdAt);
    if (age < settings.intervalMinutes * 60_000) return null;
  }
  return backupNow(p);
}

export interface AutoBackupTimer {
  /** Waits for the backup under way, if any (before the project's file is closed or replaced). */
  idle(): Promise<void>;
  /** After the backup under way, the closing backup of `p` when it changed (before `p` closes). */
  closing(p: Project): Promise<void>;
  /** Ends the timer. */
  stop(): void;
}

/**
 * For the session: checks every `everyMs` whether a backup is due for the open project (the
 * getter follows project switches). Backups run one after another, never two at once.
 * Failures are logged, never thrown: a backup problem must not take the app down.
 */
export function scheduleAutoBackups(project: () => Project, everyMs = 60_000): AutoBackupTimer {
  let running: Promise<unknown> = Promise.resolve();
  const attempt = (p: Project, reason: 'timer' | 'close'): Promise<unknown> => {
    running = running
      .then(() => autoBackup(p, reason))
      // A page showing the list of backups shows the new one (a closing backup's project is going away).
      .then((made) => made && reason === 'timer' && p.emit('data.changed', { calls: ['backups.list'] }))
      .catch((err) => p.log.error(`automatic backup (${reason}) failed`, err));
    return running;
  };
  const timer = setInterval(() => void attempt(project(), 'timer'), everyMs);
  timer.unref();
  return {
    idle: async () => {
      // A tick may queue another backup while this one runs: wait until none is left.
      for (let seen = running; ; seen = running) {
        await seen;
        if (seen === running) return;
      }
    },
    closing: async (p) => {
      await attempt(p, 'close');
    },
    stop: () => clearInterval(timer),
  };
}
