import type Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a compact, consistent copy of the database to `path` (bound, never spliced into SQL).
 * The copy is written beside it under a temporary name, flushed and renamed into place, so a
 * process killed while copying never leaves a partial file at `path`.
 */
export function vacuumInto(db: Database.Database, path: string): void {
  const partial = join(dirname(path), `.${basename(path)}.partial`);
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, path);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}
