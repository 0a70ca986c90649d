import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromiumPrinter } from '../core/export/pdf';
import { consoleLog, type SessionPorts } from '../core/session';

// The ports of the two plain-Node hosts (the browser host and the CLI), read from the
// environment here so the core never looks at it.

type Env = Record<string, string | undefined>;

/** Where projects live by default: $DOSSIER_HOME, else $XDG_DATA_HOME/dossier (~/.local/share/dossier). */
export function dataDirFrom(env: Env): string {
  if (env.DOSSIER_HOME) return env.DOSSIER_HOME;
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'dossier');
}

/** The Chromium that prints PDF exports: $DOSSIER_CHROMIUM, else Debian's. */
export const chromiumFrom = (env: Env): string => env.DOSSIER_CHROMIUM || '/usr/bin/chromium';

/** Data folder, PDF printer and log of a Node host; the host adds what differs (events, backups). */
export function nodeHostPorts(env: Env): Pick<SessionPorts, 'dataDir' | 'printPdf' | 'log'> {
  return {
    dataDir: dataDirFrom(env),
    printPdf: chromiumPrinter(chromiumFrom(env), { hint: 'set DOSSIER_CHROMIUM to its path' }),
    log: consoleLog,
  };
}
