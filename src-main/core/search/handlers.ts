import { setImmediate as nextTurn } from 'node:timers/promises';
import type { HandlerMap } from '../handler-types';
import type { Project } from '../project';
import { search } from './search';

// better-sqlite3 runs a query to its end on the main thread; it cannot be interrupted. What a
// new keystroke can cancel is the work of queries still waiting: each query yields one turn
// before it starts, so newer queries already queued on the same channel register first, and
// a superseded query returns `stale` without touching the database.
const latest = new WeakMap<Project, Map<string, number>>();

function channelsOf(p: Project): Map<string, number> {
  let map = latest.get(p);
  if (!map) {
    map = new Map();
    latest.set(p, map);
  }
  return map;
}

export const searchHandlers = {
  'search.query': async (s, input) => {
    const project = s.project;
    const { channel, seq } = input;
    if (channel === undefined || seq === undefined) return search(project.db, input);
    const channels = channelsOf(project);
    if (seq >= (channels.get(channel) ?? -1)) channels.set(channel, seq);
    await nextTurn();
    if ((channels.get(channel) ?? -1) > seq || s.project !== project) {
      return { mode: input.mode, channel, seq, stale: true, hits: [], total: 0, totalExact: false, hasMore: false, notices: [] };
    }
    return search(project.db, input);
  },
} satisfies HandlerMap<'search.'>;
