import { statSync } from 'node:fs';
import type { CheckReport, ProjectCounts, ProjectInfo, ProjectStats } from '@common/api/schemas/project';
import { LATEST_VERSION } from '../../../db/migrations';
import type { Project } from '../session';
import { prepared } from '../data/statements';

const COUNT_SQL = `SELECT
  (SELECT count(*) FROM outlets) AS outlets,
  (SELECT count(*) FROM documents) AS documents,
  (SELECT count(*) FROM document_versions) AS versions,
  (SELECT count(*) FROM blocks) AS blocks,
  (SELECT count(*) FROM themes) AS themes,
  (SELECT count(*) FROM annotations) AS annotations,
  (SELECT count(*) FROM claims) AS claims,
  (SELECT count(*) FROM arguments) AS arguments`;

export const counts = (p: Project): ProjectCounts => prepared(p, COUNT_SQL).get() as ProjectCounts;

const schemaVersion = (p: Project): number => p.db.pragma('user_version', { simple: true }) as number;

export function info(p: Project): ProjectInfo {
  return { name: p.name, path: p.path, schemaVersion: schemaVersion(p), counts: counts(p) };
}

export function stats(p: Project): ProjectStats {
  const pageBytes = prepared(p, 'SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()').get() as {
    n: number;
  };
  let wal = 0;
  try {
    wal = statSync(`${p.path}-wal`).size;
  } catch {
    // no WAL file: everything is checkpointed
  }
  return { path: p.path, schemaVersion: schemaVersion(p), sizeBytes: pageBytes.n + wal, counts: counts(p) };
}

/** Integrity, foreign keys, and the invariants SQLite cannot state (a document has its text). */
export function check(p: Project): CheckReport {
  const integrity = (p.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeys = (p.db.pragma('foreign_key_check') as unknown[]).length;
  const problems: string[] = [];
  const version = schemaVersion(p);
  if (version !== LATEST_VERSION) problems.push(`schema version ${version}, expected ${LATEST_VERSION}`);
  const headless = prepared(p,
      `SELECT count(*) AS n FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id AND v.version = d.current_version)`,
    )
    .get() as { n: number };
  if (headless.n > 0) problems.push(`${headless.n} documents have no text`);
  const blockless = prepared(p,
      `SELECT count(*) AS n FROM document_versions v
       WHERE length(v.text) > 0 AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.version_id = v.id)`,
    )
    .get() as { n: number };
  if (blockless.n > 0) problems.push(`${blockless.n} document versions have no blocks`);
  const unindexed = prepared(p,
      `SELECT count(*) AS n FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM search_items s WHERE s.kind = 'document' AND s.ref_id = d.id)`,
    )
    .get() as { n: number };
  if (unindexed.n > 0) problems.push(`${unindexed.n} documents are missing from the search index`);
  const ok = integrity.length === 1 && integrity[0] === 'ok' && foreignKeys === 0 && problems.length === 0;
  return { ok, integrity, foreignKeys, schemaVersion: version, problems };
}
