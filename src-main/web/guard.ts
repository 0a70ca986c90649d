import { randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(24).toString('base64url');

export interface GuardRequest {
  host: string | undefined;
  authorization: string | undefined;
  /** The token from the URL, accepted only where a header cannot be set (EventSource). */
  queryToken?: string | null;
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The loopback names a browser may use for this server; anything else is DNS rebinding. */
export const allowedHosts = (port: number): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

/** Host check first (403), then the per-launch token (401). Pure, so it is tested alone. */
export function guardApi(req: GuardRequest, token: string, port: number): GuardVerdict {
  if (!req.host || !allowedHosts(port).has(req.host.toLowerCase())) {
    return { ok: false, status: 403, message: 'forbidden host' };
  }
  const bearer = /^Bearer (.+)$/.exec(req.authorization ?? '')?.[1];
  const given = bearer ?? req.queryToken ?? '';
  if (!given || !sameToken(given, token)) return { ok: false, status: 401, message: 'missing or wrong token' };
  return { ok: true };
}

export function guardStatic(host: string | undefined, port: number): GuardVerdict {
  return host && allowedHosts(port).has(host.toLowerCase()) ? { ok: true } : { ok: false, status: 403, message: 'forbidden host' };
}
