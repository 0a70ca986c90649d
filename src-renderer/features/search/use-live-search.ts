import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResult } from '@common/api/schemas/search';
import { api } from '../../bridge/api';
import { useChanges } from '../../bridge/query-client';
import { channelOf, nextSeq } from './query-channel';
import { kindQuery, type FilterKind, type SearchFilters } from './search-store';

/** Typing pauses shorter than this do not start a search. */
export const DEBOUNCE_MS = 100;
export const PAGE = 20;

type Results = Partial<Record<FilterKind, SearchResult>>;

export interface LiveSearch {
  /** The query the results belong to ('' before the first search). */
  shownQuery: string;
  results: Results;
  /** A search for the current input has not fully arrived (ranked results may still replace fast ones). */
  pending: boolean;
  error: string | null;
  loadMore(kind: FilterKind): void;
}

/**
 * Live results as the query is typed: per kind of result, a 'fast' (newest-first, unscored)
 * page shows at once and the 'ranked' page replaces it. Each keystroke takes a new sequence
 * number on the kind's channel; the core skips queries a newer one superseded before they
 * started (latest-wins), and answers that arrive for an old sequence number are dropped here.
 */
export function useLiveSearch(query: string, filters: SearchFilters): LiveSearch {
  const [results, setResults] = useState<Results>({});
  const [shownQuery, setShownQuery] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const version = useChanges(['search.query']);
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    const mine = nextSeq();
    seq.current = mine;
    const f = JSON.parse(filtersKey) as SearchFilters;
    if (!query.trim()) {
      setResults({});
      setShownQuery('');
      setPending(false);
      setError(null);
      return;
    }
    setPending(true);
    const current = (): boolean => seq.current === mine;
    const timer = setTimeout(() => {
      const runKind = async (kind: FilterKind): Promise<void> => {
        for (const mode of ['fast', 'ranked'] as const) {
          const input = { ...kindQuery(query, f, kind), mode, limit: PAGE, channel: channelOf(`search-view:${kind}`), seq: mine };
          const r = await api('search.query', input);
          if (r.stale || !current()) return;
          setResults((prev) => ({ ...prev, [kind]: r }));
          setShownQuery(query);
        }
      };
      // Kinds switched off by a chip disappear; the others keep their hits until the new ones arrive.
      setResults((prev) => Object.fromEntries(f.kinds.filter((k) => prev[k]).map((k) => [k, prev[k]])));
      Promise.all(f.kinds.map(runKind)).then(
        () => {
          if (!current()) return;
          setPending(false);
          setError(null);
        },
        (e: Error) => {
          if (!current()) return;
          setPending(false);
          setError(e.message);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filtersKey, version]);

  const loadMore = useCallback(
    (kind: FilterKind) => {
      const mine = seq.current;
      const shown = results[kind];
      if (!shown?.hasMore) return;
      const input = { ...kindQuery(query, JSON.parse(filtersKey) as SearchFilters, kind), mode: 'ranked' as const, limit: PAGE };
      api('search.query', { ...input, offset: shown.hits.length }).then(
        (r) => {
          if (seq.current !== mine) return;
          setResults((prev) => {
            const before = prev[kind];
            return before ? { ...prev, [kind]: { ...r, hits: [...before.hits, ...r.hits] } } : prev;
          });
        },
        (e: Error) => setError(e.message),
      );
    },
    [results, query, filtersKey],
  );

  return { shownQuery, results, pending, error, loadMore };
}
