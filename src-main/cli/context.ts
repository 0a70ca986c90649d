import type { ApiCall } from '@common/api/calls';
import type { ApiInput, ApiOutput } from '@common/api/contract';
import { dispatch } from '../core/dispatch';
import type { Emit, Session } from '../core/session';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const usage = (message: string): CliError => new CliError(message, 2);

export interface CliContext {
  json: boolean;
  dbPath: string;
  /** Opens the project lazily: `restore` must not create or open its target first. */
  session(): Session;
  /** Hears the session's events (one listener: the running command's). */
  listen(listener: Emit): void;
  out(line: string): void;
  err(line: string): void;
}

/** Calls the core through the same dispatch as the other hosts; a failure becomes exit 1. */
export async function call<C extends ApiCall>(ctx: CliContext, name: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(ctx.session(), name, input);
  if (!result.ok) throw new CliError(result.error.message, result.error.code === 'invalid-input' ? 2 : 1);
  return result.value;
}

export function print(ctx: CliContext, value: unknown, human: () => string): void {
  ctx.out(ctx.json ? JSON.stringify(value, null, 2) : human());
}

export interface Command {
  summary: string;
  usage: string;
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  run(ctx: CliContext, args: string[], options: Record<string, string | boolean | string[] | undefined>): Promise<void>;
}
