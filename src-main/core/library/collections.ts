import type { VariableType } from '../export/model';
import type { Project } from '../session';
import { newUid } from '../util/uid';
import { prepared, preparedValue } from '../data/statements';

// Collections (REFI-QDA Sets) and document variables (REFI-QDA Variables): kept so a project
// read from MAXQDA, NVivo or QualCoder keeps them, shown on each document, written back on export.

export interface NewCollection {
  name: string;
  description: string;
  documentIds: number[];
  themeIds: number[];
}

/** Adds a collection with its members. Call inside a transaction. */
export function createCollection(p: Project, c: NewCollection): string {
  const uid = newUid();
  const now = p.now();
  const { lastInsertRowid } = prepared(p, 'INSERT INTO collections (uid, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(uid, c.name.trim() || 'Untitled collection', c.description, now, now);
  const member = prepared(p, 'INSERT OR IGNORE INTO collection_members (collection_id, document_id, theme_id) VALUES (?, ?, ?)');
  for (const d of c.documentIds) member.run(lastInsertRowid, d, null);
  for (const t of c.themeIds) member.run(lastInsertRowid, null, t);
  return uid;
}

/** The variable of that name (created with its type and description when new); returns its row id. */
export function ensureVariable(p: Project, v: { name: string; type: VariableType; description: string }): number {
  const found = preparedValue(p, 'SELECT id FROM variables WHERE name = ?').get(v.name.trim()) as number | undefined;
  if (found !== undefined) return found;
  const { lastInsertRowid } = prepared(p, 'INSERT INTO variables (uid, name, type, description) VALUES (?, ?, ?, ?)')
    .run(newUid(), v.name.trim(), v.type, v.description);
  return Number(lastInsertRowid);
}

export function setDocumentVariable(p: Project, documentId: number, variableId: number, value: string): void {
  prepared(p, 'INSERT INTO document_variables (document_id, variable_id, value) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value')
    .run(documentId, variableId, value);
}

/** A document's collections by name and its variables as "name: value", for the details panel. */
export function documentGroups(p: Project, documentId: number): { collections: string[]; variables: { name: string; value: string }[] } {
  const collections = preparedValue(p,
      `SELECT c.name FROM collections c JOIN collection_members m ON m.collection_id = c.id
       WHERE m.document_id = ? ORDER BY c.name COLLATE NOCASE`,
    )
    .all(documentId) as string[];
  const variables = prepared(p, 'SELECT v.name, dv.value FROM document_variables dv JOIN variables v ON v.id = dv.variable_id WHERE dv.document_id = ? ORDER BY v.name COLLATE NOCASE')
    .all(documentId) as { name: string; value: string }[];
  return { collections, variables };
}
