import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

/** Applies every pending migration up to `target` in one transaction; all or nothing. */
export function migrate(db: Database.Database, target: number = MIGRATIONS.length, list: Migration[] = MIGRATIONS): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = list.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return from;
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const m of pending) {
      try {
        db.exec(m.sql);
      } catch (err) {
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
    }
    db.pragma(`user_version = ${Number(pending[pending.length - 1]!.version)}`);
    db.exec('COMMIT');
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) throw new Error(`foreign key check failed after migrating: ${fk.length} rows`);
  db.pragma('optimize');
  return target;
}
