import Database from 'better-sqlite3';
import { migrate } from './migrate';


// The tables a project of schema N must have: those the migrations up to N create, read from
// an in-memory database migrated to N (so the list never drifts from the migrations).

const cache = new Map<number, string[]>();

const tablesOf = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);

function expectedTables(version: number, nativeBinding: string | undefined): string[] {
  let list = cache.get(version);
  if (!list) {
    const mem = new Database(':memory:', { nativeBinding });
    try {
      migrate(mem, version);
      list = tablesOf(mem);
    } finally {
      mem.close();
    }
    cache.set(version, list);
  }
  return list;
}

/** The tables schema `version` has and `db` lacks. */
export function missingTables(db: Database.Database, version: number, { nativeBinding }: { nativeBinding?: string }): string[] {
  const present = new Set(tablesOf(db));
  return expectedTables(version, nativeBinding).filter((t) => !present.has(t));
}
