import type { HandlerMap } from '../handler-types';
import { rebuildCopies } from './analyse';
import { documentSources, listCopies, setUpstream } from './views';

export const copyHandlers = {
  'copies.list': (s, { document }) => listCopies(s.project, document),
  'copies.forDocument': (s, { uid }) => documentSources(s.project, uid),
  'copies.setUpstream': (s, { uid, choice }) => setUpstream(s.project, uid, choice),
  'copies.rebuild': (s) => rebuildCopies(s.project),
} satisfies HandlerMap<'copies.'>;
