import type { HandlerMap } from '../handler-types';
import { getSetting, setSetting } from '../settings';
import { check, info, stats } from './stats';

export const projectHandlers = {
  'project.info': (s) => info(s.project),
  'project.stats': (s) => stats(s.project),
  'project.check': (s) => check(s.project),
  'settings.get': (s, { key }) => getSetting(s.project, key),
  'settings.set': (s, { key, value }) => {
    setSetting(s.project, key, value);
    return { ok: true as const };
  },
} satisfies HandlerMap<'project.info' | 'project.stats' | 'project.check' | 'settings.'>;
