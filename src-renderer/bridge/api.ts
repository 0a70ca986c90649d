import { useCallback, useEffect, useState } from 'react';
import type { ApiCall, ApiEvent } from '@common/api/calls';
import type { ApiEventPayload, ApiInput, ApiOutput } from '@common/api/contract';
import type { ApiError } from '@common/api/errors';
import { getBridge } from './index';

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Calls the core; a failure throws ApiFailure with the core's message. */
export async function api<C extends ApiCall>(name: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const r = await getBridge().call(name, input);
  if (!r.ok) throw new ApiFailure(r.error);
  return r.value;
}

export function onEvent<E extends ApiEvent>(name: E, listener: (payload: ApiEventPayload<E>) => void): () => void {
  return getBridge().on(name, listener);
}

/** Tiny data hook: loads on mount and when `deps` or the data version change. */
export function useApi<C extends ApiCall>(name: C, input: ApiInput<C>, deps: unknown[] = []) {
  const [data, setData] = useState<ApiOutput<C> | undefined>();
  const [error, setError] = useState<string | null>(null);
  const version = useDataVersion();
  const key = JSON.stringify(input);
  const reload = useCallback(() => {
    api(name, JSON.parse(key) as ApiInput<C>).then(
      (v) => {
        setData(v);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, [name, key]);
  useEffect(reload, [reload, version, ...deps]);
  return { data, error, reload };
}

// A global "data changed" counter: any write bumps it and every useApi reloads.
let dataVersion = 0;
const subscribers = new Set<(v: number) => void>();
export function dataChanged(): void {
  dataVersion++;
  subscribers.forEach((s) => s(dataVersion));
}
export function useDataVersion(): number {
  const [v, setV] = useState(dataVersion);
  useEffect(() => {
    subscribers.add(setV);
    return () => void subscribers.delete(setV);
  }, []);
  return v;
}
