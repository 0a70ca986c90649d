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

/** The project a host opens when it is given none: default.dossier in its data folder. */
export const defaultProjectPath = (dataDir: string): string => join(dataDir, 'default.dossier');
