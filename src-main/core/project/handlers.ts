import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerMap } from '../handler-types';
import { buildSample } from '../sample/build-sample';
import { getSetting, setSetting } from '../settings';
import { check, info, stats } from './stats';

export const projectHandlers = {
  'project.info': (s) => info(s.project),
  'project.stats': (s) => stats(s.project),
  'project.check': (s) => check(s.project),
  'project.openSample': async (s) => {
    const path = join(s.ports.dataDir, 'Sample.dossier');
    if (!existsSync(path)) await buildSample(path, { now: s.ports.now, nativeBinding: s.ports.nativeBinding });
    return info(await s.open(path));
  },
  'settings.get': (s, { key }) => getSetting(s.project, key),
  'settings.set': (s, { key, value }) => {
    setSetting(s.project, key, value);
    return { ok: true as const };
  },
} satisfies HandlerMap<'project.info' | 'project.stats' | 'project.check' | 'project.openSample' | 'settings.'>;
