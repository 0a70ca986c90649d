import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { openProjectDb, ProjectOpenError } from '../../../db/open-project';
import { vacuumInto } from '../../../db/vacuum-into';
import { DossierError } from '../errors';
import type { Project, ProjectPorts } from '../session';

/** Which better-sqlite3 addon opens the files a backup reads (the host's, like the project's). */
type Sqlite = Pick<ProjectPorts, 'nativeBinding'>;
import { backupFileFor } from './backup-files';

/** SQLite's online backup of the open project: consistent while the project is in use. */
export async function backup(p: Project, dest: string): Promise<{ path: string; sizeBytes: number }> {
  const target = resolve(dest);
  if (target === resolve(p.path)) throw new DossierError('invalid-input', 'a backup cannot replace the project itself');
  const tmp = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(tmp, { force: true });
  try {
    await p.db.backup(tmp);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new DossierError('internal', `backup to ${dest} failed: ${(err as Error).message}`);
  }
  return { path: target, sizeBytes: statSync(target).size };
}

/**
 * Checks a backup before anything is replaced: a Dossier project, not newer than this code,
 * passing quick_check. Throws with the reason; touches nothing.
 */
export function verifyBackup(file: string, { nativeBinding }: Sqlite = {}): void {
  if (!existsSync(file)) throw new DossierError('not-found', `no backup at ${file}`);
  let db: Database.Database | undefined;
  try {
    if (statSync(file).size === 0) throw new DossierError('not-a-project', `${basename(file)} is empty, not a Dossier project`);
    db = openProjectDb(file, { readonly: true, nativeBinding });
    // openProjectDb refuses foreign and newer files; an SQLite file with no schema at all
    // would pass as "new", so the version is checked here too.
    if ((db.pragma('user_version', { simple: true }) as number) < 1) {
      throw new DossierError('not-a-project', `${basename(file)} is not a Dossier project (no schema)`);
    }
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]!.quick_check !== 'ok') {
      throw new DossierError('damaged-project', `${basename(file)} is damaged: ${rows[0]?.quick_check ?? 'unknown'}`);
    }
  } catch (err) {
    if (err instanceof ProjectOpenError) throw new DossierError(err.code, err.message);
    if (err instanceof DossierError) throw err;
    throw new DossierError('damaged-project', `${basename(file)} cannot be restored: ${(err as Error).message}`);
  } finally {
    db?.close();
  }
}

/** Keeps the project a restore is about to replace in its backup folder, so a wrong restore can be undone. */
function keepBeforeRestore(target: string, { nativeBinding }: Sqlite): void {
  if (!existsSync(target) || statSync(target).size === 0) return;
  const copy = backupFileFor(target, new Date().toISOString(), 'before-restore');
  mkdirSync(dirname(copy), { recursive: true });
  const db = new Database(target, { readonly: true, nativeBinding });
  try {
    vacuumInto(db, copy);
  } finally {
    db.close();
  }
}

/**
 * Writes a verified copy of `file` to `target` (which must not be open): copy to a temporary
 * file beside it, then rename, so a crash leaves either the old project or the restored one.
 */
export function restoreInto(file: string, target: string, sqlite: Sqlite = {}): void {
  verifyBackup(file, sqlite);
  const tmp = join(dirname(resolve(target)), `.${basename(target)}.restoring`);
  rmSync(tmp, { force: true });
  const src = new Database(file, { readonly: true, nativeBinding: sqlite.nativeBinding });
  try {
    vacuumInto(src, tmp);
  } finally {
    src.close();
  }
  try {
    keepBeforeRestore(target, sqlite);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new DossierError('internal', `could not keep a copy of ${basename(target)} before restoring: ${(err as Error).message}`);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(tmp, target);
}
