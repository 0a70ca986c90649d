import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiInput, ApiOutput } from '@common/api/contract';
import type { ReadCall } from '@common/api/invalidation';
import { callCore } from './api';
import { queryClient } from './query-client';

export const apiKey = <C extends ReadCall>(call: C, input: ApiInput<C>) => [call, input] as const;

/** The cache entry of one read: its key and how to fetch it. */
export const apiQuery = <C extends ReadCall>(call: C, input: ApiInput<C>) => ({
  queryKey: apiKey(call, input),
  queryFn: (): Promise<ApiOutput<C>> => callCore(call, input),
});

/**
 * A cached read keyed [call, input]: mounted components asking the same thing share one
 * answer, and it is fetched again only when a write says it changed it. While another input
 * loads, the previous answer stays on screen (`data` can belong to an older input: then
 * `stale` is true).
 */
export function useApiQuery<C extends ReadCall>(call: C, input: ApiInput<C>, options: { enabled?: boolean } = {}) {
  const q = useQuery(
    {
      ...apiQuery(call, input),
      placeholderData: keepPreviousData,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
  return { data: q.data, error: q.error?.message ?? null, loading: q.isFetching, stale: q.isPlaceholderData };
}
