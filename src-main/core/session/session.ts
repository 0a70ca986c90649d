import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { scheduleAutoBackups, type AutoBackupTimer } from '../backup/auto-backup';
import { DossierError } from '../errors';
import { rebuildPending, runSearchRebuild } from '../search/rebuild';
import { createProject, type Project } from './project';
import type { SessionPorts } from './ports';

/**
 * A host's open project over time: the hosts and handlers switch, create and reopen projects
 * through it, and it keeps what outlives one project (automatic backups, exported files, the
 * recent list). Closing is ordered: the closing backup first, then the database.
 */
export class Session {
  #project: Project;
  readonly #backups: AutoBackupTimer | undefined;
  /** Files exported in this session: export.read gives back these and nothing else. */
  readonly exported = new Set<string>();

  constructor(
    project: Project,
    readonly ports: SessionPorts,
  ) {
    this.#project = project;
    this.#backups = ports.autoBackups && scheduleAutoBackups(() => this.#project, ports.autoBackups.checkEveryMs);
    ports.recent?.add(project.path);
    this.#rebuild(project);
  }

  get project(): Project {
    return this.#project;
  }

  /**
   * Switches to the project at `path`, creating it when missing. The new one opens before the
   * old one closes, so a file that cannot be opened leaves the session as it was.
   */
  async open(path: string): Promise<Project> {
    const previous = this.#project;
    if (resolve(path) === resolve(previous.path)) return previous;
    const next = createProject(path, this.ports);
    this.#project = next;
    try {
      await this.#backups?.closing(previous);
    } finally {
      previous.close();
    }
    this.#opened(next);
    return next;
  }

  /** Switches to a new, empty project at `path`; an existing file is refused, never replaced. */
  async create(path: string): Promise<Project> {
    if (existsSync(path)) throw new DossierError('conflict', `${basename(path)} exists already: open it instead`);
    return this.open(path);
  }

  /**
   * Closes the project, lets `replace` change its file (restore), and opens the same path
   * again, also when `replace` fails. No backup runs meanwhile.
   */
  async reopenAfter(replace: () => void): Promise<Project> {
    await this.#backups?.idle();
    const path = this.#project.path;
    this.#project.close();
    try {
      replace();
    } finally {
      this.#project = createProject(path, this.ports);
      this.#opened(this.#project);
    }
    return this.#project;
  }

  /** The closing backup (when automatic backups are on and the project changed), then the database. Once. */
  async close(): Promise<void> {
    if (!this.#project.db.open) return;
    if (this.#backups) {
      this.#backups.stop();
      await this.#backups.closing(this.#project);
    }
    this.#project.close();
  }

  #opened(p: Project): void {
    this.ports.recent?.add(p.path);
    this.ports.emit?.('project.changed', { path: p.path, name: p.name });
    this.#rebuild(p);
  }

  /**
   * Resumes a search-index rebuild left by a migration or an interrupted run, in steps that
   * leave the event loop free between them. The command line finishes it before its command
   * instead (cli/index.ts), printing its progress.
   */
  #rebuild(p: Project): void {
    if (this.ports.hostKind !== 'command line' && rebuildPending(p)) {
      runSearchRebuild(p).catch((err: unknown) => p.log.error('search index rebuild failed', err));
    }
  }
}
