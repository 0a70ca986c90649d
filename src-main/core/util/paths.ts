import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the browser host and CLI keep projects: $DOSSIER_HOME, else the XDG data dir. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOSSIER_HOME) return env.DOSSIER_HOME;
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'dossier');
}

export const defaultProjectPath = (dir: string): string => join(dir, 'default.dossier');
