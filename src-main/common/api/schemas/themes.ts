import { z } from 'zod';
import { Color, Uid } from './common';

export const Theme = z.object({
  uid: z.string(),
  name: z.string(),
  parentUid: z.string().nullable(),
  color: z.string(),
  description: z.string(),
  position: z.number().int(),
  pinned: z.boolean(),
  annotationCount: z.number().int(),
});
export type Theme = z.infer<typeof Theme>;

export const ThemeName = z.string().trim().min(1, 'a theme needs a name').max(200);

export const NewTheme = z
  .object({
    name: ThemeName,
    parent: Uid.nullable().optional(),
    color: Color.optional(),
    description: z.string().max(10_000).optional(),
    pinned: z.boolean().optional(),
  })
  .strict();
export type NewTheme = z.infer<typeof NewTheme>;
