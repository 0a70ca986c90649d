import { z } from 'zod';
import type { ApiResult } from './errors';

/** Parses a call's input against its schema; junk becomes an invalid-input answer naming the call. */
export function parseInput<T extends z.ZodType>(name: string, schema: T, raw: unknown): ApiResult<z.output<T>> {
  const parsed = schema.safeParse(raw ?? {});
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: { code: 'invalid-input', message: `${name}: ${z.prettifyError(parsed.error)}` } };
}
