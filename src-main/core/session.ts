import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import type { ApiEvent } from '@common/api/calls';
import type { ApiEventPayload } from '@common/api/contract';
import { openProjectDb, ProjectOpenError } from '../../db/open-project';
import { DossierError } from './errors';
import { rebuildSearchIfNeeded } from './search/rebuild';

export type Emit = <E extends ApiEvent>(name: E, payload: ApiEventPayload<E>) => void;
export interface Log {
  error(message: string, err?: unknown): void;
  info(message: string): void;
}

export interface ProjectPorts {
  now?: () => Date;
  emit?: Emit;
  log?: Log;
  nativeBinding?: string;
  /** Prints an HTML page to a PDF file (Electron: printToPDF); headless Chromium when absent. */
  printPdf?: (html: string, outPath: string) => Promise<void>;
}

export interface Project {
  readonly db: Database.Database;
  readonly path: string;
  readonly name: string;
  readonly now: () => string;
  readonly emit: Emit;
  readonly log: Log;
  /** Running jobs that can be cancelled (imports, exports), by job id. */
  readonly jobs: Map<string, { cancelled: boolean }>;
  close(): void;
}

export const silentLog: Log = { error: () => {}, info: () => {} };

/** The core's composition root: the ports come in explicitly, nothing is looked up. */
export function createProject(path: string, ports: ProjectPorts = {}): Project {
  let db: Database.Database;
  try {
    db = openProjectDb(path, { nativeBinding: ports.nativeBinding });
  } catch (err) {
    if (err instanceof ProjectOpenError) throw new DossierError(err.code, err.message);
    throw err;
  }
  const clock = ports.now ?? (() => new Date());
  const project: Project = {
    db,
    path,
    name: basename(path).replace(/\.dossier$/, ''),
    now: () => clock().toISOString(),
    emit: ports.emit ?? (() => {}),
    log: ports.log ?? silentLog,
    jobs: new Map(),
    close: () => db.close(),
  };
  // A migration may have emptied the search index (it cannot fold text in SQL).
  rebuildSearchIfNeeded(project);
  return project;
}

/** Holds the open project; hosts switch projects through it (open, restore, sample). */
export class Session {
  #project: Project;
  constructor(
    project: Project,
    readonly ports: ProjectPorts & { dataDir: string },
  ) {
    this.#project = project;
  }
  get project(): Project {
    return this.#project;
  }
  open(path: string): Project {
    const next = createProject(path, this.ports);
    this.#project.close();
    this.#project = next;
    this.ports.emit?.('project.changed', { path: next.path, name: next.name });
    return next;
  }
  /** Opens the same path again after its file was replaced (restore). */
  reopen(): Project {
    const next = createProject(this.#project.path, this.ports);
    this.#project = next;
    this.ports.emit?.('project.changed', { path: next.path, name: next.name });
    return next;
  }
  close(): void {
    this.#project.close();
  }
}
