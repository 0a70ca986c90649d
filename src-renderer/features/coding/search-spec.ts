import type { SearchSpec } from '@common/api/schemas/coding';
import { isPartialDate } from '@common/text/partial-date';
import { FILTER_KINDS, NO_FILTERS, useSearch, type SearchFilters } from '../search/search-store';
import { useUi } from '../../state/ui-store';

/** The search box and its filters as a search to save or to tag from. */
export function searchSpecOf(query: string, f: SearchFilters): SearchSpec {
  return {
    query,
    ...(f.kinds.length !== FILTER_KINDS.length ? { kinds: f.kinds } : {}),
    ...(f.theme ? { theme: f.theme } : {}),
    ...(f.outlet ? { outlet: f.outlet } : {}),
    ...(isPartialDate(f.from) ? { from: f.from.trim() } : {}),
    ...(isPartialDate(f.to) ? { to: f.to.trim() } : {}),
    ...(f.credibilityMin !== null ? { credibilityMin: f.credibilityMin } : {}),
    ...(f.credibilityMax !== null ? { credibilityMax: f.credibilityMax } : {}),
  };
}

/** Puts a saved search back into the search view and shows it. */
export function runSavedSearch(spec: SearchSpec): void {
  const s = useSearch.getState();
  s.setQuery(spec.query);
  s.setFilters({
    ...NO_FILTERS,
    kinds: spec.kinds ?? [...FILTER_KINDS],
    theme: spec.theme ?? null,
    outlet: spec.outlet ?? null,
    from: spec.from ?? '',
    to: spec.to ?? '',
    credibilityMin: spec.credibilityMin ?? null,
    credibilityMax: spec.credibilityMax ?? null,
  });
  useUi.getState().setView('search');
}
