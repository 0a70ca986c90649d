import type { ApiCall, ApiEvent } from '@common/api/calls';
import type { ApiEventPayload, ApiInput, ApiOutput } from '@common/api/contract';
import type { ApiError } from '@common/api/errors';
import type { ReadCall } from '@common/api/invalidation';
import { getBridge } from './index';

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Any call to the core; a failure throws ApiFailure with the core's message. Writes go through mutate(). */
export async function callCore<C extends ApiCall>(name: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const r = await getBridge().call(name, input);
  if (!r.ok) throw new ApiFailure(r.error);
  return r.value;
}

/** A read outside the cache (a one-off lookup, a search with its own latest-wins logic). */
export const api = <C extends ReadCall>(name: C, input: ApiInput<C>): Promise<ApiOutput<C>> => callCore(name, input);

export function onEvent<E extends ApiEvent>(name: E, listener: (payload: ApiEventPayload<E>) => void): () => void {
  return getBridge().on(name, listener);
}
