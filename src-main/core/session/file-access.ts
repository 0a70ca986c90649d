import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { DossierError } from '../errors';
import type { Session } from './session';

// The browser host answers anyone holding its token, and its UI never needs arbitrary paths
// (it sends file contents and downloads exports), so there the API reads and writes files only
// in the open project's folder and an exports folder the host owns. Electron and the CLI act
// for the person at the keyboard and keep full paths (their sessions have no `confineFiles`).

/** The real path of `path`, links resolved as far as the path exists (the rest is appended). */
function realish(path: string): string {
  const full = resolve(path);
  const rest: string[] = [];
  for (let at = full; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      if (dirname(at) === at) return full;
      rest.push(basename(at));
    }
  }
}

const inside = (path: string, root: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
};

/** Where the session may read and write files: null when anywhere (Electron, the CLI). */
export function fileRoots(s: Session): string[] | null {
  const confined = s.ports.confineFiles;
  return confined ? [dirname(resolve(s.project.path)), resolve(confined.exportsDir)] : null;
}

/**
 * The path to use for `what` (e.g. "export to"), resolved; refused with a clear message when
 * this host confines files and the path (links followed) lies outside its folders.
 */
export function allowedPath(s: Session, path: string, what: string): string {
  const target = resolve(path);
  const roots = fileRoots(s);
  if (!roots) return target;
  const real = realish(target);
  if (roots.some((r) => inside(real, realish(r)))) return target;
  throw new DossierError('forbidden', `the browser host can ${what} files only in the project's folder (${roots[0]}) or its exports folder (${roots[1]})`);
}

/** Imports by path are for the desktop app and the CLI; the browser UI sends the files' contents. */
export function assertPathImportsAllowed(s: Session, items: { kind: string }[]): void {
  if (s.ports.confineFiles && items.some((i) => i.kind === 'path')) {
    throw new DossierError('forbidden', 'the browser host imports files sent with the request, not paths on the disk');
  }
}
