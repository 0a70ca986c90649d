import { isHostCall, type HostCall } from '@common/api/calls';
import type { ApiResult } from '@common/api/errors';
import { hostContract, type HostOutput, type HostParsed } from '@common/api/host-contract';
import { parseInput } from '@common/api/parse-input';

// Plain data and zod, no electron import, so a test can throw junk at it.

/** What the shell does for each host call, given input that passed the contract (ipc.ts). */
export type HostAbilities = { [H in HostCall]: (input: HostParsed<H>) => Promise<HostOutput<H>> };

/**
 * The host calls' one validation point: an unknown name or junk input never reaches a dialog,
 * and an answer outside the contract never reaches the page.
 */
export async function dispatchHost(abilities: HostAbilities, name: unknown, raw: unknown): Promise<ApiResult<unknown>> {
  if (!isHostCall(name)) return { ok: false, error: { code: 'unknown-call', message: `unknown host call "${String(name)}"` } };
  const parsed = parseInput(name, hostContract[name].input, raw);
  if (!parsed.ok) return parsed;
  try {
    const ability = abilities[name] as (input: unknown) => Promise<unknown>;
    const answer = hostContract[name].output.safeParse(await ability(parsed.value));
    if (answer.success) return { ok: true, value: answer.data };
    return { ok: false, error: { code: 'internal', message: `${name} answered outside its contract` } };
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${(err as Error)?.message ?? String(err)}` } };
  }
}
