import type Database from 'better-sqlite3';
import type { Project } from '../session';

// Searches run on every keystroke: preparing the same SQL each time costs more than running
// it for a rare term, so prepared statements are kept on the project (its connection's cache).

export function prepared(p: Pick<Project, 'db' | 'statements'>, sql: string): Database.Statement {
  let stmt = p.statements.get(sql);
  if (!stmt) {
    stmt = p.db.prepare(sql);
    // Filter combinations make many variants; a small bound keeps a long session from growing.
    if (p.statements.size > 200) p.statements.clear();
    p.statements.set(sql, stmt);
  }
  return stmt;
}
