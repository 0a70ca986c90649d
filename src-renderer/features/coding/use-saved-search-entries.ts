import { useMemo } from 'react';
import { fold } from '@common/text/fold';
import { useApiQuery } from '../../bridge/use-api-query';
import type { PaletteEntry } from '../search/palette-sources';
import { runSavedSearch } from './search-spec';

/** The palette's saved searches, named with their count as of now. */
export function useSavedSearchEntries(): PaletteEntry[] {
  const { data } = useApiQuery('savedSearches.list', {});
  return useMemo(
    () =>
      (data ?? []).map((s) => {
        const title = `${s.name} (${s.count}${s.countExact ? '' : '+'})`;
        return { id: `saved:${s.uid}`, title, group: 'Saved search', folded: fold(s.name), run: () => runSavedSearch(s.search) };
      }),
    [data],
  );
}
