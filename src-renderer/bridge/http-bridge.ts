import { API_EVENTS, type ApiEvent } from '@common/api/calls';
import type { DossierBridge } from '@common/api/contract';
import type { ApiResult } from '@common/api/errors';

/** The browser host's bridge: the same interface as the preload's, over fetch and SSE. */
export function createHttpBridge(token: string): DossierBridge {
  // Names this page to the host, which then leaves it out of the 'data.changed' it sends about its own writes.
  const client = crypto.randomUUID();
  const listeners = new Map<ApiEvent, Set<(payload: never) => void>>();
  let source: EventSource | null = null;
  const connect = (): void => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}&client=${client}`);
    for (const name of API_EVENTS) {
      source.addEventListener(name, (e) => {
        const payload = JSON.parse((e as MessageEvent<string>).data) as never;
        listeners.get(name)?.forEach((l) => l(payload));
      });
    }
  };
  return {
    async call(name, input) {
      try {
        const res = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Dossier-Client': client },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as ApiResult<never>;
      } catch (err) {
        return { ok: false, error: { code: 'internal', message: `the Dossier host is not reachable: ${(err as Error).message}` } };
      }
    },
    on(name, listener) {
      connect();
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
