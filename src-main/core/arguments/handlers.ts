import type { HandlerMap } from '../handler-types';
import { createArgument, deleteArgument, getArgument, listArguments, updateArgument } from './arguments';

export const argumentHandlers = {
  'arguments.list': (s, q) => listArguments(s.project, q),
  'arguments.get': (s, { uid }) => getArgument(s.project, uid),
  'arguments.create': (s, input) => createArgument(s.project, input),
  'arguments.update': (s, { uid, patch }) => updateArgument(s.project, uid, patch),
  'arguments.delete': (s, { uid }) => {
    deleteArgument(s.project, uid);
    return { ok: true as const };
  },
} satisfies HandlerMap<'arguments.'>;
