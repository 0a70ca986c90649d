import { z } from 'zod';
import { isApiCall, type ApiCall } from '@common/api/calls';
import { contract, type ApiOutput } from '@common/api/contract';
import { parseInput } from '@common/api/parse-input';
import type { ApiResult } from '@common/api/errors';
import { DossierError } from './errors';
import { handlers } from './handlers';
import type { Session } from './session';

let outputsChecked = false;

/**
 * Tests turn this on (vitest's setup file, the end-to-end tests' browser host): every answer is
 * then parsed against its contract's output schema, so a handler that answers outside the
 * contract fails whichever test called it. Off in production, where the types vouch for it.
 */
export function checkOutputs(on: boolean): void {
  outputsChecked = on;
}

/** Why `value` is not a valid answer to `name`, or null when it is. */
export function outputBreach(name: ApiCall, value: unknown): string | null {
  const checked = contract[name].output.safeParse(value);
  return checked.success ? null : z.prettifyError(checked.error);
}

/**
 * The single validation point for all three hosts: unknown name, junk input and thrown
 * errors all come back as data; nothing throws across the boundary.
 */
export async function dispatch<C extends ApiCall>(session: Session, name: C, raw: unknown): Promise<ApiResult<ApiOutput<C>>>;
export async function dispatch(session: Session, name: string, raw: unknown): Promise<ApiResult<unknown>>;
export async function dispatch(session: Session, name: string, raw: unknown): Promise<ApiResult<unknown>> {
  if (!isApiCall(name)) return { ok: false, error: { code: 'unknown-call', message: `unknown call "${String(name)}"` } };
  const parsed = parseInput(name, contract[name].input, raw);
  if (!parsed.ok) return parsed;
  try {
    const handler = handlers[name] as (s: Session, input: unknown) => unknown;
    const value = await handler(session, parsed.value);
    const breach = outputsChecked ? outputBreach(name, value) : null;
    if (breach) {
      session.project.log.error(`${name} answered outside its contract`, breach);
      return { ok: false, error: { code: 'internal', message: `${name} answered outside its contract: ${breach}` } };
    }
    return { ok: true, value };
  } catch (err) {
    if (err instanceof DossierError) return { ok: false, error: { code: err.code, message: err.message } };
    session.project.log.error(`${name} failed`, err);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${(err as Error)?.message ?? String(err)}` } };
  }
}
