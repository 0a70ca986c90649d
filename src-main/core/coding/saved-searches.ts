import type { SavedSearch, SearchSpec } from '@common/api/schemas/coding';
import { SearchSpec as SearchSpecSchema } from '@common/api/schemas/coding';
import { DossierError, notFound } from '../errors';
import { search } from '../search/search';
import type { Project } from '../session';
import { newUid } from '../util/uid';
import { prepared } from '../data/statements';

interface Row {
  id: number;
  uid: string;
  name: string;
  query: string;
  filters: string;
  created_at: string;
  updated_at: string;
}

function toDto(p: Project, r: Row): SavedSearch {
  // Filters were checked when saved; parsing again drops what a later version no longer knows.
  const spec = SearchSpecSchema.parse({ ...(JSON.parse(r.filters) as object), query: r.query });
  const now = search(p, { expand: true, ...spec, mode: 'fast', limit: 1, offset: 0 });
  return { uid: r.uid, name: r.name, search: spec, count: now.total, countExact: now.totalExact, createdAt: r.created_at, updatedAt: r.updated_at };
}

/** Every saved search by name, each with its count taken now. */
export function listSavedSearches(p: Project): SavedSearch[] {
  const rows = prepared(p, 'SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE').all() as Row[];
  return rows.map((r) => toDto(p, r));
}

/** Saves a search under a name; saving under an existing name replaces that search. */
export function saveSearch(p: Project, name: string, spec: SearchSpec): SavedSearch {
  const { query, ...filters } = spec;
  const now = p.now();
  prepared(p, 
      `INSERT INTO saved_searches (uid, name, query, filters, created_at, updated_at) VALUES (@uid, @name, @query, @filters, @now, @now)
       ON CONFLICT (name) DO UPDATE SET query = excluded.query, filters = excluded.filters, updated_at = excluded.updated_at`,
    )
    .run({ uid: newUid(), name, query, filters: JSON.stringify(filters), now });
  return toDto(p, prepared(p, 'SELECT * FROM saved_searches WHERE name = ?').get(name) as Row);
}

export function deleteSavedSearch(p: Project, uid: string): { ok: true } {
  const { changes } = prepared(p, 'DELETE FROM saved_searches WHERE uid = ?').run(uid);
  if (changes === 0) throw notFound('saved search', uid);
  return { ok: true };
}

export function renameSavedSearch(p: Project, uid: string, name: string): SavedSearch {
  const clash = prepared(p, 'SELECT uid FROM saved_searches WHERE name = ? AND uid <> ?').get(name, uid);
  if (clash) throw new DossierError('conflict', `a saved search is named "${name}" already`);
  const { changes } = prepared(p, 'UPDATE saved_searches SET name = ?, updated_at = ? WHERE uid = ?').run(name, p.now(), uid);
  if (changes === 0) throw notFound('saved search', uid);
  return toDto(p, prepared(p, 'SELECT * FROM saved_searches WHERE uid = ?').get(uid) as Row);
}
