import type Database from 'better-sqlite3';

/** Writes a compact, consistent copy of the database to `path` (bound, never spliced into SQL). */
export function vacuumInto(db: Database.Database, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}
