import type Database from 'better-sqlite3';
import { themeNameKey } from '@common/text/theme-name';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * JavaScript functions a migration may call to fill a new column from existing rows (SQL
 * cannot fold text). Only the migrating statements use them: the schema never does, so any
 * SQLite tool still reads and writes the file.
 */
function lendFunctions(db: Database.Database): void {
  db.function('theme_name_key', { deterministic: true }, (name: unknown) => themeNameKey(String(name)));
}

/**
 * Applies every pending migration up to `target` in one transaction; all or nothing. Foreign
 * keys are off meanwhile, as SQLite's procedure for rebuilding a table asks, and checked
 * before COMMIT instead: a migration that leaves a row pointing at nothing is rolled back
 * like one that fails.
 */
export function migrate(db: Database.Database, target: number = MIGRATIONS.length, list: Migration[] = MIGRATIONS): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = list.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return from;
  lendFunctions(db);
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    applyAll(db, pending);
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  db.pragma('optimize');
  return target;
}

function applyAll(db: Database.Database, pending: Migration[]): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const m of pending) {
      try {
        db.exec(m.sql);
      } catch (err) {
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
    }
    const fk = db.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (fk.length > 0) {
      const where = [...new Set(fk.map((r) => `${r.table} -> ${r.parent}`))].join(', ');
      throw new Error(`foreign key check failed after migrating: ${fk.length} rows (${where})`);
    }
    db.pragma(`user_version = ${Number(pending[pending.length - 1]!.version)}`);
    db.exec('COMMIT');
  } catch (err) {
    db.exec('ROLLBACK');
    throw err;
  }
}
