import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HandlerMap } from '../handler-types';
import { DossierError } from '../errors';
import { info } from '../project/stats';
import { buildSample } from '../sample/build-sample';
import { browse } from './browse';
import { defaultProjectPath } from './open-session';
import { assertInPlaces, isInPlaces } from './places';

const withExtension = (path: string): string => (/\.dossier$/i.test(path) ? path : `${path}.dossier`);

/** Switching projects from the pages: what the browser host's File menu and its file browser call. */
export const sessionHandlers = {
  'project.openSample': async (s) => {
    const path = join(s.ports.dataDir, 'Sample.dossier');
    if (!existsSync(path)) await buildSample(path, { now: s.ports.now, nativeBinding: s.ports.nativeBinding });
    return info(await s.open(path));
  },
  'project.open': async (s, { path }) => {
    const full = assertInPlaces(s.ports.places, path);
    if (!existsSync(full) || !statSync(full).isFile()) throw new DossierError('not-found', `no project file at ${full}`);
    return info(await s.open(full));
  },
  'project.create': async (s, { path }) => info(await s.create(assertInPlaces(s.ports.places, withExtension(path)))),
  'project.close': async (s) => info(await s.open(defaultProjectPath(s.ports.dataDir))),
  'project.recent': (s) => ({
    projects: (s.ports.recent?.list() ?? [])
      .filter((p) => isInPlaces(s.ports.places, p))
      .map((path) => ({ path, name: basename(path).replace(/\.dossier$/i, '') })),
  }),
  'files.browse': (s, { dir }) => browse(s.ports.places, s.ports.dataDir, dir),
} satisfies HandlerMap<'project.open' | 'project.create' | 'project.close' | 'project.recent' | 'files.'>;
