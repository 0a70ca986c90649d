import type { ApiInput, ApiOutput } from '@common/api/contract';
import { changedBy, type WriteCall } from '@common/api/invalidation';
import { callCore } from './api';
import { PATCHES } from './cache-patches';
import { invalidate } from './query-client';

/**
 * A write: calls the core, then brings the cache up to date: answers the write returns are put
 * in place (cache-patches.ts), and the reads it changed (invalidation.ts) are fetched again.
 */
export async function mutate<C extends WriteCall>(name: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const output = await callCore(name, input);
  const patched = (PATCHES[name] as ((i: ApiInput<C>, o: ApiOutput<C>) => Set<string>) | undefined)?.(input, output);
  invalidate(changedBy(name, input, output), patched);
  return output;
}
