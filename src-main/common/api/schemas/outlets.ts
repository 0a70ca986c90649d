import { z } from 'zod';
import { Uid } from './common';

export const OUTLET_KINDS = [
  'news_agency',
  'state_media',
  'private_media',
  'independent_media',
  'think_tank',
  'government',
  'ngo',
  'other',
] as const;
export const OutletKind = z.enum(OUTLET_KINDS);
export type OutletKind = z.infer<typeof OutletKind>;
export const Grade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Grade = z.infer<typeof Grade>;

const OutletName = z.string().trim().min(1, 'an outlet needs a name').max(200);
const ShortText = z.string().trim().max(200);

export const Outlet = z.object({
  uid: z.string(),
  name: z.string(),
  homepage: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable(),
  kind: OutletKind,
  grade: Grade,
  notes: z.string(),
  documentCount: z.number().int(),
  /** Other names the outlet goes by ("Trend", "Trend.az" for Trend News Agency); imports match them. */
  aliases: z.array(z.string()),
  /** Web domains ("trend.az"): a document's URL on one of them is the outlet's. */
  domains: z.array(z.string()),
});
export type Outlet = z.infer<typeof Outlet>;

export const OutletFields = z
  .object({
    name: OutletName,
    homepage: ShortText.nullable(),
    country: ShortText.nullable(),
    language: ShortText.nullable(),
    kind: OutletKind,
    grade: Grade,
    notes: z.string().max(10_000),
    /** Replaces the outlet's aliases. */
    aliases: z.array(OutletName).max(200),
    /** Replaces the outlet's domains (bare domains or URLs). */
    domains: z.array(ShortText.min(1)).max(100),
  })
  .partial();

export const NewOutlet = OutletFields.extend({ name: OutletName }).strict();
export const OutletUpdate = z.object({ uid: Uid, patch: OutletFields.strict() }).strict();
export const OutletMerge = z.object({ from: Uid, into: Uid }).strict();
