import type Database from 'better-sqlite3';
import type { Project } from '../session';

// Every statement of the core is prepared once per open project and kept on the project
// (p.statements): preparing costs more than running most of these queries, and searches run
// on every keystroke. Only this module and db/ call db.prepare (eslint: no-restricted-syntax).

/** Enough for every fixed statement and the filter combinations a session meets. */
const LIMIT = 500;

function cached(p: Pick<Project, 'db' | 'statements'>, key: string, sql: string, pluck: boolean): Database.Statement {
  let stmt = p.statements.get(key);
  if (!stmt) {
    stmt = p.db.prepare(sql);
    if (pluck) stmt.pluck();
    // Dynamic SQL (filter combinations, patched columns) makes variants: the oldest goes first.
    if (p.statements.size >= LIMIT) p.statements.delete(p.statements.keys().next().value!);
    p.statements.set(key, stmt);
  }
  return stmt;
}

/** The project's prepared statement for `sql`; rows come back as objects. */
export const prepared = (p: Pick<Project, 'db' | 'statements'>, sql: string): Database.Statement => cached(p, sql, sql, false);

/** As prepared, for a query of one column: get/all return its values, not row objects. */
export const preparedValue = (p: Pick<Project, 'db' | 'statements'>, sql: string): Database.Statement =>
  cached(p, `value:${sql}`, sql, true);
