import { setImmediate as nextTurn } from 'node:timers/promises';
import type { HandlerMap } from '../handler-types';
import { search } from './search';
import { addAliases, createAliasGroup, deleteAliasGroup, listAliases, removeAlias, setAliasGroup } from './aliases';
import { cancelSearchRebuild, rebuildStatus, runSearchRebuild } from './rebuild';

// better-sqlite3 runs a query to its end on the main thread; it cannot be interrupted. What a
// new keystroke can cancel is the work of queries still waiting: each query yields one turn
// before it starts, so a newer query on the same channel that is already queued registers
// first, and the waiting one returns `stale` without touching the database. Only the order
// of arrival counts, not the size of seq, so a reloaded page that counts from 0 again is
// never taken for stale; queries with the same seq (one keystroke's fast and ranked pages) all run.
// The channels live on the project (project.searchChannels).

export const searchHandlers = {
  'search.query': async (s, input) => {
    const project = s.project;
    const { channel, seq } = input;
    if (channel === undefined || seq === undefined) return search(project, input);
    const channels = project.searchChannels;
    const mine = { seq };
    channels.set(channel, mine);
    await nextTurn();
    const last = channels.get(channel);
    if (last === mine) channels.delete(channel);
    if ((last && last !== mine && last.seq !== seq) || s.project !== project) {
      return { mode: input.mode, channel, seq, stale: true, hits: [], total: 0, totalExact: false, hasMore: false, notices: [] };
    }
    return search(project, input);
  },
  'search.rebuildStatus': (s) => rebuildStatus(s.project),
  'search.rebuildResume': (s) => {
    void runSearchRebuild(s.project);
    return rebuildStatus(s.project);
  },
  'search.rebuildCancel': (s) => cancelSearchRebuild(s.project),
  'aliases.list': (s) => listAliases(s.project),
  'aliases.add': (s, { names }) => addAliases(s.project, names),
  'aliases.remove': (s, { ref }) => ({ removed: removeAlias(s.project, ref) }),
  'aliases.createGroup': (s, { names }) => createAliasGroup(s.project, names),
  'aliases.setGroup': (s, { uid, names }) => setAliasGroup(s.project, uid, names),
  'aliases.deleteGroup': (s, { uid }) => deleteAliasGroup(s.project, uid),
} satisfies HandlerMap<'search.' | 'aliases.'>;
