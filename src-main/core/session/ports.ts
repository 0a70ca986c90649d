import type { ApiEvent } from '@common/api/calls';
import type { ApiEventPayload } from '@common/api/contract';
import type { PdfPrinter } from '../export/pdf';
import type { RecentProjects } from './recent-projects';

// What the hosts hand the core. The core looks nothing up itself (no environment, no Electron):
// Electron, the browser host and the CLI each fill these in and call openSession().

export type Emit = <E extends ApiEvent>(name: E, payload: ApiEventPayload<E>) => void;

export interface Log {
  error(message: string, err?: unknown): void;
  info(message: string): void;
}

export const silentLog: Log = { error: () => {}, info: () => {} };
export const consoleLog: Log = {
  error: (m, e) => (e === undefined ? console.error(m) : console.error(m, e)),
  info: (m) => console.log(m),
};

/** What opening one project file needs. */
export interface ProjectPorts {
  now?: () => Date;
  emit?: Emit;
  log?: Log;
  /** better-sqlite3's addon built for another ABI than this Node's: Electron passes its build. */
  nativeBinding?: string;
  /** The folder of the built entries (extract-worker.js, job-worker.js); absent, imports, exports and backups run on the calling thread. */
  workerDir?: string;
  /** Which Dossier holds the project open, named to another process that wants to replace it. */
  hostKind?: 'desktop app' | 'browser host' | 'command line';
}

/** What a host gives its session: the project's ports and the host's own abilities. */
export interface SessionPorts extends ProjectPorts {
  /** The host's own folder: the sample project and the list of recent projects live here. */
  dataDir: string;
  /** Prints an HTML page to a PDF file (Electron: printToPDF; Node hosts: headless Chromium). */
  printPdf?: PdfPrinter;
  /** Automatic backups while a project is open and when it closes; absent, none (the CLI). */
  autoBackups?: { checkEveryMs?: number };
  /** Where opened projects are remembered; absent, they are not (the CLI). */
  recent?: RecentProjects;
  /**
   * The folders whose files the host's pages may reach (the browser host: its data folder, with
   * its exports/, the --db project's folder and --allow folders): projects opened, created and
   * listed, exports, backups and restores, .qdpx/W3C imports; and no document imports by path.
   * Absent, any path (Electron's dialogs, the CLI act for the person at the keyboard).
   */
  places?: readonly string[];
}
