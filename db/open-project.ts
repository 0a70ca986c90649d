import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LATEST_VERSION } from './migrations';
import { migrate } from './migrate';
import { vacuumInto } from './vacuum-into';

/** 'DOSS' in the SQLite header: marks a file as a Dossier project. */
export const APPLICATION_ID = 0x444f5353;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export class ProjectOpenError extends Error {
  constructor(
    readonly code: 'not-a-project' | 'newer-project' | 'damaged-project',
    message: string,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for another ABI (Electron). */
  nativeBinding?: string;
  readonly?: boolean;
}

function readMagic(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

interface Probe {
  applicationId: number;
  userVersion: number;
  tables: number;
}

function probe(path: string, options: OpenOptions): Probe {
  const name = basename(path);
  if (readMagic(path) !== SQLITE_MAGIC) {
    throw new ProjectOpenError('not-a-project', `${name} is not a Dossier project (not an SQLite file)`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      db.pragma('user_version', { simple: true });
    } catch (err) {
      // A process killed while writing its WAL index leaves a WAL that needs recovery, which a
      // read-only connection cannot do; recovery rewrites only the -shm index, never the data.
      if ((err as { code?: string }).code !== 'SQLITE_READONLY_RECOVERY') throw err;
      db.close();
      db = new Database(path, { fileMustExist: true, nativeBinding: options.nativeBinding });
    }
    return {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      userVersion: db.pragma('user_version', { simple: true }) as number,
      tables: (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n,
    };
  } catch (err) {
    if (err instanceof ProjectOpenError) throw err;
    throw new ProjectOpenError('damaged-project', `${name} cannot be read as a project: ${(err as Error).message}`);
  } finally {
    db?.close();
  }
}

export function migrationBackupPath(path: string, fromVersion: number): string {
  return join(dirname(path), `${basename(path)}.v${fromVersion}.bak`);
}

function setPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
  db.pragma('synchronous = NORMAL');
}

/**
 * Opens a project file, or creates it when missing or empty. Guards run before anything is
 * written: a foreign, damaged or newer file is refused and left byte-identical.
 */
export function openProjectDb(path: string, options: OpenOptions = {}): Database.Database {
  const isNew = !existsSync(path) || statSync(path).size === 0;
  if (!isNew) {
    const p = probe(path, options);
    const name = basename(path);
    const foreign = p.applicationId !== APPLICATION_ID && (p.applicationId !== 0 || p.tables > 0);
    if (foreign) throw new ProjectOpenError('not-a-project', `${name} is not a Dossier project`);
    if (p.userVersion > LATEST_VERSION) {
      throw new ProjectOpenError(
        'newer-project',
        `${name} was made by a newer Dossier (schema ${p.userVersion}; this version reads up to ${LATEST_VERSION}). Update Dossier to open it.`,
      );
    }
    if (p.userVersion > 0 && p.userVersion < LATEST_VERSION && !options.readonly) {
      const src = new Database(path, { readonly: true, nativeBinding: options.nativeBinding });
      try {
        vacuumInto(src, migrationBackupPath(path, p.userVersion));
      } finally {
        src.close();
      }
    }
  }
  const db = new Database(path, { readonly: options.readonly ?? false, nativeBinding: options.nativeBinding });
  try {
    if (options.readonly) return db;
    setPragmas(db);
    if (db.pragma('application_id', { simple: true }) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, LATEST_VERSION);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
