import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { APPLICATION_ID, openProjectDb, ProjectOpenError } from '../../../db/open-project';
import { heldElsewhere } from '../../../db/project-holders';
import { vacuumInto } from '../../../db/vacuum-into';
import { DossierError } from '../errors';
import type { Project, ProjectPorts } from '../session';
import { backupFileFor } from './backup-files';
import { missingTables } from '../../../db/expected-schema';

/** Which better-sqlite3 addon opens the files a backup reads (the host's, like the project's). */
type Sqlite = Pick<ProjectPorts, 'nativeBinding'>;

/**
 * Turns a finished copy into rollback-journal mode: a WAL-mode file needs a writable `-shm`
 * beside it even to be read, so a backup kept on a read-only medium could not be opened.
 */
function toRollbackJournal(file: string, { nativeBinding }: Sqlite): void {
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** SQLite's online backup of the open project: consistent while the project is in use. */
export async function backup(p: Project, dest: string): Promise<{ path: string; sizeBytes: number }> {
  const target = resolve(dest);
  if (target === resolve(p.path)) throw new DossierError('invalid-input', 'a backup cannot replace the project itself');
  const tmp = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(tmp, { force: true });
  try {
    await p.db.backup(tmp);
    toRollbackJournal(tmp, p);
    renameSync(tmp, target);
  } catch (err) {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) rmSync(f, { force: true });
    throw new DossierError('internal', `backup to ${dest} failed: ${(err as Error).message}`);
  }
  return { path: target, sizeBytes: statSync(target).size };
}

/**
 * Checks a backup before anything is replaced: a Dossier project (its application id), of a
 * schema this code knows, with every table that schema has, passing quick_check and the
 * foreign-key check. Throws with the reason; touches nothing.
 */
export function verifyBackup(file: string, { nativeBinding }: Sqlite = {}): void {
  if (!existsSync(file)) throw new DossierError('not-found', `no backup at ${file}`);
  const name = basename(file);
  let db: Database.Database | undefined;
  try {
    if (statSync(file).size === 0) throw new DossierError('not-a-project', `${name} is empty, not a Dossier project`);
    db = openProjectDb(file, { readonly: true, nativeBinding });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID || version < 1) {
      throw new DossierError('not-a-project', `${name} is not a Dossier project (${version < 1 ? 'no schema' : 'no Dossier mark in its header'})`);
    }
    const missing = missingTables(db, version, { nativeBinding });
    if (missing.length) throw new DossierError('damaged-project', `${name} is damaged: tables missing (${missing.join(', ')})`);
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]!.quick_check !== 'ok') {
      throw new DossierError('damaged-project', `${name} is damaged: ${rows[0]?.quick_check ?? 'unknown'}`);
    }
    const orphans = db.pragma('foreign_key_check') as { table: string }[];
    if (orphans.length) {
      throw new DossierError('damaged-project', `${name} is damaged: ${orphans.length} rows point to rows that are gone (in ${[...new Set(orphans.map((o) => o.table))].join(', ')})`);
    }
  } catch (err) {
    if (err instanceof ProjectOpenError) throw new DossierError(err.code, err.message);
    if (err instanceof DossierError) throw err;
    throw new DossierError('damaged-project', `${name} cannot be restored: ${(err as Error).message}`);
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

/** Refuses to replace a project another Dossier process holds open: it would keep writing to the old file. */
function assertNotHeld(target: string): void {
  const held = heldElsewhere(target, 'restoring a backup into it');
  if (held) throw new DossierError('conflict', held);
}

const sidecars = (file: string): string[] => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/**
 * Copies `file` beside `target` and checks the copy (a copy, so a backup in a read-only
 * folder can be checked at all and nothing of it changes). Returns the checked copy, in
 * rollback-journal mode, ready for commitRestore; a refused file leaves nothing behind.
 */
export function stageRestore(file: string, target: string, sqlite: Sqlite = {}): string {
  assertNotHeld(target);
  if (!existsSync(file)) throw new DossierError('not-found', `no backup at ${file}`);
  const staged = join(dirname(resolve(target)), `.${basename(target)}.restoring`);
  const clean = (): void => {
    for (const f of [staged, ...sidecars(staged)]) rmSync(f, { force: true });
  };
  clean();
  try {
    copyFileSync(file, staged);
    // A backup copied from a live project may still hold committed pages in its WAL.
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) copyFileSync(`${file}-wal`, `${staged}-wal`);
    verifyBackup(staged, sqlite);
    toRollbackJournal(staged, sqlite);
  } catch (err) {
    clean();
    if (err instanceof DossierError) throw new DossierError(err.code, err.message.replaceAll(basename(staged), basename(file)));
    throw new DossierError('internal', `could not read ${basename(file)}: ${(err as Error).message}`);
  }
  return staged;
}

/**
 * Puts a staged copy in place of `target` (which must not be open here): the replaced project
 * is kept in the backup folder first, and a rename swaps the files, so a crash leaves either
 * the old project or the restored one.
 */
export function commitRestore(staged: string, target: string, sqlite: Sqlite = {}): void {
  try {
    assertNotHeld(target);
    keepBeforeRestore(target, sqlite);
  } catch (err) {
    rmSync(staged, { force: true });
    if (err instanceof DossierError) throw err;
    throw new DossierError('internal', `could not keep a copy of ${basename(target)} before restoring: ${(err as Error).message}`);
  }
  for (const f of sidecars(target)) rmSync(f, { force: true });
  renameSync(staged, target);
}

/** Writes a verified copy of `file` to `target`, which no Dossier may hold open. */
export function restoreInto(file: string, target: string, sqlite: Sqlite = {}): void {
  commitRestore(stageRestore(file, target, sqlite), target, sqlite);
}
