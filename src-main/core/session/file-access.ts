import { dirname, resolve } from 'node:path';
import { DossierError } from '../errors';
import { assertInPlaces } from './places';
import type { Session } from './session';

// The browser host answers anyone holding its token, and its UI never needs arbitrary paths
// (it sends file contents and downloads exports), so there every path the API reads or writes
// lies in the host's places or the open project's folder (links followed). Electron and the CLI
// act for the person at the keyboard and keep full paths (their sessions have no places).

/** The path to use, resolved; refused when this host has places and the path is outside them. */
export function allowedPath(s: Session, path: string): string {
  const places = s.ports.places;
  return places ? assertInPlaces([...places, dirname(resolve(s.project.path))], path) : resolve(path);
}

/** Imports by path are for the desktop app and the CLI; the browser UI sends the files' contents. */
export function assertPathImportsAllowed(s: Session, items: { kind: string }[]): void {
  if (s.ports.places && items.some((i) => i.kind === 'path')) {
    throw new DossierError('forbidden', 'the browser host imports files sent with the request, not paths on the disk');
  }
}
