import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { DossierError } from '../errors';

/**
 * The folders a host lets its pages reach. The browser host names them (its data folder and
 * the folders given with --allow): whoever holds its token must not open, create or list files
 * elsewhere. Electron and the CLI pass none and keep full paths (native dialogs, the shell).
 */
export type Places = readonly string[] | undefined;

/** The path with symlinks resolved as far as the file or its nearest existing folder goes. */
function real(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  const parent = dirname(full);
  return parent === full ? full : resolve(real(parent), relative(parent, full));
}

const inside = (folder: string, path: string): boolean => {
  const rel = relative(real(folder), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export const isInPlaces = (places: Places, path: string): boolean => !places || places.some((p) => inside(p, path));

/** Refuses a path outside the host's places with a message saying where files may be. */
export function assertInPlaces(places: Places, path: string): string {
  if (!isInPlaces(places, path)) {
    throw new DossierError('forbidden', `this host opens files only under ${places!.join(', ')}; start it with --allow FOLDER to add a folder`);
  }
  return resolve(path);
}
