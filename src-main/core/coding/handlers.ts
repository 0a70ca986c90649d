import type { HandlerMap } from '../handler-types';
import { deleteSavedSearch, listSavedSearches, renameSavedSearch, saveSearch } from './saved-searches';
import { previewTagging, tagHits, untagHits } from './tag-hits';

export const codingHandlers = {
  'coding.preview': (s, input) => previewTagging(s.project, input),
  'coding.tagHits': (s, input) => tagHits(s.project, input),
  'coding.untag': (s, { created }) => untagHits(s.project, created),
} satisfies HandlerMap<'coding.'>;

export const savedSearchHandlers = {
  'savedSearches.list': (s) => listSavedSearches(s.project),
  'savedSearches.save': (s, { name, search }) => saveSearch(s.project, name, search),
  'savedSearches.rename': (s, { uid, name }) => renameSavedSearch(s.project, uid, name),
  'savedSearches.delete': (s, { uid }) => deleteSavedSearch(s.project, uid),
} satisfies HandlerMap<'savedSearches.'>;
