import type Database from 'better-sqlite3';

// Searches run on every keystroke: preparing the same SQL each time costs more than running
// it for a rare term, so prepared statements are kept per connection.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let map = cache.get(db);
  if (!map) {
    map = new Map();
    cache.set(db, map);
  }
  let stmt = map.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    // Filter combinations make many variants; a small bound keeps a long session from growing.
    if (map.size > 200) map.clear();
    map.set(sql, stmt);
  }
  return stmt;
}
