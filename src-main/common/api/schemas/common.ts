import { z } from 'zod';
import { PARTIAL_DATE, PARTIAL_DATE_HINT } from '../../text/partial-date';

export const Empty = z.object({}).strict();
export const Uid = z.string().trim().min(1, 'an id is required').max(64);
/** A uid or a unique prefix of one (the CLI accepts prefixes). */
export const UidRef = Uid;
/** Partial ISO dates: 2025, 2025-10 or 2025-10-07. */
export const PartialDate = z
  .string()
  .trim()
  .regex(PARTIAL_DATE, PARTIAL_DATE_HINT);
export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
export const Ok = z.object({ ok: z.literal(true) });
