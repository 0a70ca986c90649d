import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { openProjectDb, ProjectOpenError } from '../../../db/open-project';
import { registerHolder } from '../../../db/project-holders';
import { DossierError } from '../errors';
import { rebuildIfEmpty } from '../search/rebuild';
import type { CopyTokens } from '../copies/detect';
import { seedAliasesIfNeeded } from '../search/aliases';
import { silentLog, type Emit, type Log, type ProjectPorts } from './ports';

/**
 * One open project file and everything kept for it while it is open. State that belongs to
 * one project lives here, not in module-level maps: two projects open in one process (a
 * switch, a test) never see each other's state, and closing the project drops it all.
 */
export interface Project {
  readonly db: Database.Database;
  readonly path: string;
  readonly name: string;
  readonly now: () => string;
  readonly emit: Emit;
  readonly log: Log;
  /** The better-sqlite3 addon the project was opened with, for the other files its work opens (backups). */
  readonly nativeBinding?: string;
  /** Where the import's worker script lives (ports.workerDir). */
  readonly workerDir?: string;
  /** Running jobs that can be cancelled (imports, exports), by job id. */
  readonly jobs: Map<string, { cancelled: boolean; cancel?: () => void }>;
  /** This connection's prepared statements by their SQL text: the data layer's statement cache. */
  readonly statements: Map<string, Database.Statement>;
  /** The newest query of each search channel; search.query drops the ones overtaken. */
  readonly searchChannels: Map<string, { seq: number }>;
  /** Words of recently compared documents for copy detection, by document id (a bounded cache). */
  readonly copyTokens: Map<number, CopyTokens>;
  /** SQLite's total_changes() when the last automatic backup was taken; more means one is due. */
  changesAtBackup: number;
  close(): void;
}

/** Opens (or creates, folder included) the project at `path`; the ports come in explicitly. */
export function createProject(path: string, ports: ProjectPorts = {}): Project {
  let db: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = openProjectDb(path, { nativeBinding: ports.nativeBinding });
  } catch (err) {
    if (err instanceof ProjectOpenError) throw new DossierError(err.code, err.message);
    throw err;
  }
  const project = projectOver(db, path, ports, registerHolder(path, ports.hostKind ?? 'embedded'));
  // A migration may have emptied the search index (it cannot fold text in SQL). A project with
  // nothing to index (a new one) is done at once; the session rebuilds the others in steps.
  rebuildIfEmpty(project);
  seedAliasesIfNeeded(project);
  return project;
}

/**
 * A second connection to a project the process already holds open, for a worker thread's long
 * work (import, export, backup): no holder entry (the process has one), no index rebuild (the
 * first connection did it). `readonly` for work that only reads (WAL keeps it consistent).
 */
export function openWorkerProject(path: string, ports: Pick<ProjectPorts, 'nativeBinding' | 'now' | 'log' | 'emit'> & { readonly?: boolean }): Project {
  let db: Database.Database;
  try {
    db = openProjectDb(path, { nativeBinding: ports.nativeBinding, readonly: ports.readonly });
  } catch (err) {
    if (err instanceof ProjectOpenError) throw new DossierError(err.code, err.message);
    throw err;
  }
  return projectOver(db, path, ports, () => {});
}

function projectOver(db: Database.Database, path: string, ports: ProjectPorts, release: () => void): Project {
  const clock = ports.now ?? (() => new Date());
  const project: Project = {
    db,
    path,
    name: basename(path).replace(/\.dossier$/, ''),
    now: () => clock().toISOString(),
    emit: ports.emit ?? (() => {}),
    log: ports.log ?? silentLog,
    nativeBinding: ports.nativeBinding,
    workerDir: ports.workerDir,
    jobs: new Map(),
    statements: new Map(),
    searchChannels: new Map(),
    copyTokens: new Map(),
    changesAtBackup: 0,
    close: () => {
      project.statements.clear();
      db.close();
      release();
    },
  };
  return project;
}
