import { z } from 'zod';
import { isApiCall, type ApiCall } from '@common/api/calls';
import { contract, type ApiOutput } from '@common/api/contract';
import type { ApiResult } from '@common/api/errors';
import { DossierError } from './errors';
import { handlers } from './handlers';
import type { Session } from './session';

/**
 * The single validation point for all three hosts: unknown name, junk input and thrown
 * errors all come back as data; nothing throws across the boundary.
 */
export async function dispatch<C extends ApiCall>(session: Session, name: C, raw: unknown): Promise<ApiResult<ApiOutput<C>>>;
export async function dispatch(session: Session, name: string, raw: unknown): Promise<ApiResult<unknown>>;
export async function dispatch(session: Session, name: string, raw: unknown): Promise<ApiResult<unknown>> {
  if (!isApiCall(name)) return { ok: false, error: { code: 'unknown-call', message: `unknown call "${String(name)}"` } };
  const parsed = contract[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: `${name}: ${z.prettifyError(parsed.error)}` } };
  }
  try {
    const handler = handlers[name] as (s: Session, input: unknown) => unknown;
    return { ok: true, value: await handler(session, parsed.data) };
  } catch (err) {
    if (err instanceof DossierError) return { ok: false, error: { code: err.code, message: err.message } };
    session.project.log.error(`${name} failed`, err);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${(err as Error)?.message ?? String(err)}` } };
  }
}
