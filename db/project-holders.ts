import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

// Which processes have a project open. SQLite lets many connections share a file, so opening is
// never refused; but replacing the file (restore) or changing its schema (migration) under a
// process that holds it open loses that process's later writes (it keeps writing to the old
// inode). Each process that opens a project leaves a small file naming itself in a folder of the
// system's temporary folder, named for the project's real path (nothing is added beside the
// project, which may be read-only), and removes it on close; a file whose process is gone
// (kill -9) is stale and ignored. Processes of other computers on a shared folder are not seen.

export interface Holder {
  pid: number;
  /** Which Dossier: 'desktop app', 'browser host', 'command line' ('embedded': a test, a script). */
  kind: string;
  host: string;
  since: string;
}

/** The project's real path (links resolved), so two names of one file share their holders. */
function realPath(projectPath: string): string {
  for (const real of [() => realpathSync(projectPath), () => join(realpathSync(dirname(resolve(projectPath))), basename(projectPath))]) {
    try {
      return real();
    } catch {
      // not there (yet): try the folder, else the path as given
    }
  }
  return resolve(projectPath);
}

export const holdersFolder = (projectPath: string): string =>
  join(tmpdir(), 'dossier-open', createHash('sha256').update(realPath(projectPath)).digest('hex').slice(0, 32));

const entryName = (host: string, pid: number): string => `${host.replace(/[^\w.-]/g, '_')}-${pid}.json`;

/** Opens of each project by this process: the entry stays until the last one closes. */
const ownOpens = new Map<string, number>();

/** Records that this process holds `projectPath` open; returns the release to call on close. */
export function registerHolder(projectPath: string, kind: string): () => void {
  const folder = holdersFolder(projectPath);
  const file = join(folder, entryName(hostname(), process.pid));
  const count = ownOpens.get(folder) ?? 0;
  ownOpens.set(folder, count + 1);
  if (count === 0) {
    const me: Holder = { pid: process.pid, kind, host: hostname(), since: new Date().toISOString() };
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, JSON.stringify(me));
    } catch {
      // A read-only folder: the project opens anyway; only the in-use check is weaker there.
    }
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (ownOpens.get(folder) ?? 1) - 1;
    if (left > 0) return void ownOpens.set(folder, left);
    ownOpens.delete(folder);
    rmSync(file, { force: true });
    try {
      rmdirSync(folder);
    } catch {
      // another process still holds the project (its entry is in the folder)
    }
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

/**
 * The other processes holding `projectPath` open now. Entries of this computer whose process
 * has ended are deleted; another computer's (a shared folder) cannot be checked and count.
 */
export function otherHolders(projectPath: string): Holder[] {
  const folder = holdersFolder(projectPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const here = hostname();
  const out: Holder[] = [];
  for (const name of names) {
    const path = join(folder, name);
    let h: Holder;
    try {
      h = JSON.parse(readFileSync(path, 'utf8')) as Holder;
      if (!Number.isInteger(h.pid)) throw new Error('no pid');
    } catch {
      continue; // being written, or not ours
    }
    if (h.host === here && h.pid === process.pid) continue;
    if (h.host === here && !alive(h.pid)) {
      rmSync(path, { force: true });
      continue;
    }
    out.push(h);
  }
  return out;
}

export const describeHolder = (h: Holder): string =>
  `Dossier (${h.kind}, process ${h.pid}${h.host === hostname() ? '' : ` on ${h.host}`}, since ${h.since.slice(0, 16).replace('T', ' ')} UTC)`;

/** Why `action` cannot run on `projectPath` now, or null when no other process holds it open. */
export function heldElsewhere(projectPath: string, action: string): string | null {
  const others = otherHolders(projectPath);
  if (others.length === 0) return null;
  return `${basename(projectPath)} is open in ${others.map(describeHolder).join(' and ')}; close it there before ${action}. (If that Dossier is no longer running, delete ${holdersFolder(projectPath)}.)`;
}
