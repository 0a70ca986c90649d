import { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ReadCall } from '@common/api/invalidation';

/**
 * The renderer's one cache of answers, keyed [call, input]. Nothing goes stale by time: an
 * answer is fetched again only when a write or a host event names its call (see invalidate).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
  },
});

// Reads that are not cached (live search, with its own latest-wins channels) watch a count per call.
const changes = new Map<ReadCall, number>();
const listeners = new Set<() => void>();

/**
 * Marks every cached answer of these calls stale, but those in `upToDate` (query hashes); the
 * ones on screen are fetched again at once.
 */
export function invalidate(calls: readonly ReadCall[], upToDate: ReadonlySet<string> = new Set()): void {
  for (const call of calls) {
    void queryClient.invalidateQueries({ queryKey: [call], predicate: (q) => !upToDate.has(q.queryHash) });
    changes.set(call, (changes.get(call) ?? 0) + 1);
  }
  if (calls.length > 0) listeners.forEach((l) => l());
}

/** Another project is open: drop every answer (the ones on screen load again). */
export function forgetProjectData(): void {
  void queryClient.resetQueries();
  for (const call of changes.keys()) changes.set(call, (changes.get(call) ?? 0) + 1);
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** A number that changes whenever the answers of any of `calls` may have changed. */
export function useChanges(calls: readonly ReadCall[]): number {
  const key = calls.join(' ');
  return useSyncExternalStore(subscribe, () => key.split(' ').reduce((n, c) => n + (changes.get(c as ReadCall) ?? 0), 0));
}
