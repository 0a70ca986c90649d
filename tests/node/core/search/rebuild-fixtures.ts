import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createProject } from '../../../../src-main/core/session';
import { REBUILD_SETTING } from '../../../../src-main/core/search/rebuild';
import { addAnnotation, addClaim, addDocument } from './fixtures';

// Projects for the rebuild tests: items of every kind, and the state a migration leaves.

/** A project of `docs` documents (3 passages each, every one naming "Qəbələ"), annotations and claims. */
export function projectWithItems(dir: string, docs: number): { path: string; items: number } {
  const path = join(dir, 'rebuild.dossier');
  const p = createProject(path);
  for (let i = 0; i < docs; i++) {
    const d = addDocument(p, { title: `Report ${i}`, paragraphs: [`Qəbələ district, item ${i}.`, 'Roads and rail.', 'More text here.'], language: 'az' });
    if (i % 5 === 0) addAnnotation(p, d, 'Roads and rail.', { note: `note ${i}` });
  }
  for (let i = 0; i < 10; i++) addClaim(p, `Claim ${i} about Gabala`, { credibility: 2 });
  p.close();
  return { path, items: docs + docs / 5 + 10 };
}

/** What migration 0008 does to a project's index: empties it and asks for a rebuild. */
export function askForRebuild(path: string): void {
  const db = new Database(path);
  db.exec(`DELETE FROM search_items; INSERT INTO search_fts (search_fts) VALUES ('delete-all');
    INSERT OR REPLACE INTO settings (key, value) VALUES ('${REBUILD_SETTING}', '1')`);
  db.close();
}

