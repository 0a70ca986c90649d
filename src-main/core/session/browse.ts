import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BrowseListing } from '@common/api/schemas/project';
import { DossierError } from '../errors';
import { assertInPlaces, isInPlaces, type Places } from './places';

const MAX_ENTRIES = 2000;
const PROJECT = /\.dossier$/i;

/**
 * One folder's sub-folders and projects for the in-page file browser (the browser host has no
 * native dialog). Hidden entries and other files are left out: the browser only opens projects.
 */
export function browse(places: Places, fallback: string, dir?: string): BrowseListing {
  const folder = assertInPlaces(places, dir ?? places?.[0] ?? fallback);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DossierError('not-found', `${folder} is not a folder`);
    throw new DossierError('forbidden', `cannot list ${folder}: ${(err as Error).message}`);
  }
  const entries: BrowseListing['entries'] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue; // a dangling link or a file removed while listing
    }
    if (isDir) entries.push({ name, path, kind: 'folder' });
    else if (PROJECT.test(name)) entries.push({ name: basename(name), path, kind: 'project' });
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
  const parent = dirname(folder);
  return {
    dir: resolve(folder),
    parent: parent !== folder && isInPlaces(places, parent) ? parent : null,
    places: places ? [...places] : [fallback],
    entries: entries.slice(0, MAX_ENTRIES),
  };
}
