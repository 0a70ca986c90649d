import { join } from 'node:path';
import { createProject } from './project';
import type { SessionPorts } from './ports';
import { Session } from './session';

/**
 * The one way a host opens its project: Electron, the browser host and the CLI all start
 * here with their ports. Creates the folder and the project when missing, migrates an older
 * one, starts automatic backups when the host asks for them and remembers the project.
 * End it with `await session.close()`.
 */
export function openSession(path: string, ports: SessionPorts): Session {
  return new Session(createProject(path, ports), ports);
}

/**
 * For a host that starts where the analyst left off: the project opened last (ports.recent),
 * else the default one. A last project that no longer opens (moved to a newer Dossier,
 * damaged) is reported through `refused` and the default project opens instead.
 */
export function openLastSession(ports: SessionPorts, refused: (err: Error, path: string) => void): Session {
  const last = ports.recent?.latest();
  if (last) {
    try {
      return openSession(last, ports);
    } catch (err) {
      refused(err as Error, last);
    }
  }
  return openSession(defaultProjectPath(ports.dataDir), ports);
}

/** The project a host opens when it is given none: default.dossier in its data folder. */
export const defaultProjectPath = (dataDir: string): string => join(dataDir, 'default.dossier');
