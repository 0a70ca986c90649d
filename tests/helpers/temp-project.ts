import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createProject, Session, type Project } from '../../src-main/core/session';

const dirs: string[] = [];
const sessions: Session[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  dirs.push(dir);
  return dir;
}

/** A session on a new real project file in a temp folder, closed after the test. */
export function tempSession(name = 'test.dossier'): Session {
  const dir = tempDir();
  const ports = { dataDir: dir };
  const s = new Session(createProject(join(dir, name)), ports);
  sessions.push(s);
  return s;
}

export const tempProject = (): Project => tempSession().project;

afterEach(async () => {
  for (const s of sessions.splice(0)) {
    try {
      await s.close();
    } catch {
      // already closed by the test
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every row of every table, for comparing two projects. */
export function dump(p: Project): Record<string, unknown[]> {
  const tables = p.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, p.db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}
