import type { Project } from '../session';
import { currentVersion } from '../library/documents';
import { prepared, preparedValue } from '../data/statements';
import { detectCopies, detectionEnabled } from './detect';
import { detectAttribution } from './upstreams';

/**
 * Source independence of a stored document: its stated upstream, then its copies. The core
 * calls this after a document (or a new version) is stored, in the same transaction, wherever
 * the import runs.
 */
export function analyseDocument(p: Project, documentId: number): void {
  if (!detectionEnabled(p)) return;
  prepared(p, "DELETE FROM document_upstreams WHERE document_id = ? AND source = 'pattern'").run(documentId);
  detectAttribution(p, documentId, currentVersion(p, documentId).text);
  detectCopies(p, documentId);
}

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * Recomputes fingerprints, copy links and detected upstreams of every document, oldest first
 * (an existing project, or after the thresholds changed). Manual and dateline upstreams stay. Works in
 * chunks and yields between them, so the process keeps answering the UI.
 */
export async function rebuildCopies(
  p: Project,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ documents: number; links: number }> {
  const ids = preparedValue(p, 'SELECT id FROM documents ORDER BY id').all() as number[];
  p.db.exec("DELETE FROM copy_postings; DELETE FROM copy_documents; DELETE FROM copy_links; DELETE FROM document_upstreams WHERE source IN ('pattern', 'copy');");
  const CHUNK = 200;
  for (let i = 0; i < ids.length; i += CHUNK) {
    p.db.transaction(() => {
      for (const id of ids.slice(i, i + CHUNK)) {
        detectAttribution(p, id, currentVersion(p, id).text);
        detectCopies(p, id);
      }
    }).immediate();
    onProgress(Math.min(ids.length, i + CHUNK), ids.length);
    await yieldToEventLoop();
  }
  const links = preparedValue(p, 'SELECT count(*) FROM copy_links').get() as number;
  return { documents: ids.length, links };
}
