import { z } from 'zod';

export const ProjectCounts = z.object({
  outlets: z.number().int(),
  documents: z.number().int(),
  versions: z.number().int(),
  blocks: z.number().int(),
  themes: z.number().int(),
  annotations: z.number().int(),
  claims: z.number().int(),
  arguments: z.number().int(),
});
export type ProjectCounts = z.infer<typeof ProjectCounts>;

export const ProjectInfo = z.object({
  name: z.string(),
  path: z.string(),
  schemaVersion: z.number().int(),
  counts: ProjectCounts,
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const ProjectStats = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  counts: ProjectCounts,
});
export type ProjectStats = z.infer<typeof ProjectStats>;

export const CheckReport = z.object({
  ok: z.boolean(),
  integrity: z.array(z.string()),
  foreignKeys: z.number().int(),
  schemaVersion: z.number().int(),
  problems: z.array(z.string()),
});
export type CheckReport = z.infer<typeof CheckReport>;

export const FilePath = z.string().trim().min(1, 'a file path is required').max(4096);
export const BackupInput = z.object({ path: FilePath }).strict();
export const ProjectPath = z.object({ path: FilePath }).strict();

export const RecentProjectList = z.object({ projects: z.array(z.object({ name: z.string(), path: z.string() })) });
export type RecentProjectList = z.infer<typeof RecentProjectList>;

export const BrowseInput = z.object({ dir: FilePath.optional() }).strict();
export const BrowseListing = z.object({
  dir: z.string(),
  /** The folder above, when the host allows it. */
  parent: z.string().nullable(),
  /** The folders the host lets pages reach (the browser host's data folder and --allow folders). */
  places: z.array(z.string()),
  entries: z.array(z.object({ name: z.string(), path: z.string(), kind: z.enum(['folder', 'project']) })),
});
export type BrowseListing = z.infer<typeof BrowseListing>;
export const BackupResult = z.object({ path: z.string(), sizeBytes: z.number().int() });

export const SettingKey = z.string().regex(/^[a-z][a-zA-Z0-9.]{0,63}$/, 'a setting key is a short dotted name');
export const SettingsGetInput = z.object({ key: SettingKey }).strict();
export const SettingsSetInput = z.object({ key: SettingKey, value: z.string().max(100_000) }).strict();
