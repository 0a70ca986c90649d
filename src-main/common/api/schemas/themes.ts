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

export const ThemeUpdate = z
  .object({
    uid: Uid,
    name: ThemeName.optional(),
    color: Color.optional(),
    description: z.string().max(10_000).optional(),
    pinned: z.boolean().optional(),
  })
  .strict();
export type ThemeUpdate = z.infer<typeof ThemeUpdate>;

/** Re-parents (null: top level) and places the theme at `position` among its new siblings. */
export const ThemeMove = z
  .object({
    uid: Uid,
    parent: Uid.nullable(),
    position: z.number().int().min(0).optional(),
  })
  .strict();
export type ThemeMove = z.infer<typeof ThemeMove>;

export const ThemeMerge = z.object({ source: Uid, target: Uid }).strict();
export const ThemeMergeResult = z.object({
  target: Theme,
  /** Annotations that carried the source theme; all carry the target now. */
  annotationsMoved: z.number().int(),
  /** Of those, how many carried the target already (they keep one link). */
  alreadyTagged: z.number().int(),
});

export const ThemeRef = z.object({ uid: Uid }).strict();

/** What deleting a theme touches; sub-themes move up to its parent. */
export const ThemeDeletePreview = z.object({
  uid: z.string(),
  name: z.string(),
  annotations: z.number().int(),
  /** Annotations that have no other theme and will be left untagged (they are kept). */
  untagged: z.number().int(),
  /** Direct sub-themes that move up to the deleted theme's parent. */
  children: z.number().int(),
});
export type ThemeDeletePreview = z.infer<typeof ThemeDeletePreview>;

export const ThemeFindOrCreate = z
  .object({ name: ThemeName, parent: Uid.nullable().optional(), color: Color.optional() })
  .strict();
export const ThemeFindOrCreateResult = z.object({ theme: Theme, created: z.boolean() });
