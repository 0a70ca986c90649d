import { z } from 'zod';
import { Uid } from './common';
import { FilePath } from './project';

// The export API, for the Export dialog, the CLI and scripts:
//   export.run {format, scope, path, csv?, overwrite?, jobId?} → {jobId, format, path, bytes,
//     counts, carries, omitted, warnings}: writes the file whole or not at all, and never over an
//     existing file unless overwrite is true (else a 'conflict' error changes nothing). counts are
//     what the file holds, carries says what the format can and cannot hold, omitted lists what
//     was in scope but is not in the file, warnings what the analyst should look at (an "@word"
//     left unlinked in an argument). While it runs, 'export.progress' {jobId, done, total}
//     events arrive (done/total is a fraction: starts at 0/1, ends at 1/1). The dialog picks
//     the default file name extension from EXPORT_EXTENSIONS and reads its last choices from
//     settings.get {key: 'export.last'} (JSON {format, scope, path, csv}), saved on success.
//   export.importProject {path} → counts: a .qdpx or W3C file into an empty project.
//   export.read {path} → {name, base64}: a file this session exported, for the browser host's
//     download (it has no native dialog); any other path is refused.
//   backups.list / backups.run / backups.settings: automatic backups beside the project.

export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'csv', 'w3c', 'qdpx', 'csl', 'bibtex', 'biblatex'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The file name extension each format is written with (the UI's save dialog default). */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  md: '.md',
  html: '.html',
  pdf: '.pdf',
  docx: '.docx',
  csv: '.csv',
  w3c: '.jsonld',
  qdpx: '.qdpx',
  csl: '.json',
  bibtex: '.bib',
  biblatex: '.bib',
};

/** An item to export, as search hits name them (a passage's uid is its document's). */
export const ExportRef = z
  .object({ kind: z.enum(['document', 'passage', 'annotation', 'claim', 'argument']), uid: Uid })
  .strict();
export type ExportRef = z.infer<typeof ExportRef>;

/** What is exported: the whole project, a document, a theme with its sub-themes, an argument, or a list of items. */
export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project') }).strict(),
  z.object({ kind: z.literal('document'), uid: Uid }).strict(),
  /** A theme's uid or name. */
  z.object({ kind: z.literal('theme'), theme: z.string().trim().min(1, 'a theme is required').max(200) }).strict(),
  z.object({ kind: z.literal('argument'), uid: Uid }).strict(),
  z.object({ kind: z.literal('refs'), refs: z.array(ExportRef).min(1, 'nothing selected to export').max(100_000) }).strict(),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export const ExportRequest = z
  .object({
    format: ExportFormat,
    scope: ExportScope.default({ kind: 'project' }),
    /** The file to write. */
    path: FilePath,
    /** Replace the file if it exists; without it an existing file is a 'conflict' and stays as it was. */
    overwrite: z.boolean().default(false),
    /** CSV only: which table. */
    csv: z.enum(['annotations', 'claims']).default('annotations'),
    /** Lets the caller match 'export.progress' events to this export. */
    jobId: z.string().max(100).optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportCounts = z.object({
  documents: z.number().int(),
  themes: z.number().int(),
  annotations: z.number().int(),
  claims: z.number().int(),
  arguments: z.number().int(),
});
export type ExportCounts = z.infer<typeof ExportCounts>;

export const ExportResult = z.object({
  jobId: z.string(),
  format: ExportFormat,
  path: z.string(),
  bytes: z.number().int(),
  /** What the file holds (not what the scope had): a .qdpx holds claims only as notes, BibTeX only sources. */
  counts: ExportCounts,
  /** What the format can carry and what it cannot, in a sentence each. */
  carries: z.object({ can: z.string(), cannot: z.string() }),
  /** What was in scope but is not in the file, e.g. "2 arguments (BibTeX holds sources only)". */
  omitted: z.array(z.string()),
  /** Things to check, e.g. an "@word" in an argument that is not linked to a claim. */
  warnings: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ExportProgress = z.object({ jobId: z.string(), done: z.number().int(), total: z.number().int() });
export type ExportProgress = z.infer<typeof ExportProgress>;

/** Stops an export.run under way by its jobId: nothing is written. */
export const ExportCancel = z.object({ jobId: z.string().min(1).max(100) }).strict();
export const ExportReadRequest = z.object({ path: FilePath }).strict();
export const ExportFile = z.object({ name: z.string(), base64: z.string() });
export type ExportFile = z.infer<typeof ExportFile>;

/** A .qdpx or W3C JSON(-LD) file exported by Dossier (or another REFI-QDA tool), read into an empty project. */
export const ImportProjectRequest = z.object({ path: FilePath }).strict();
export const ImportProjectResult = z.object({
  format: z.enum(['qdpx', 'w3c']),
  documents: z.number().int(),
  themes: z.number().int(),
  annotations: z.number().int(),
  /** Selections or annotations whose passage could not be placed in their text. */
  skipped: z.number().int(),
});
export type ImportProjectResult = z.infer<typeof ImportProjectResult>;

export const BackupEntry = z.object({ path: z.string(), name: z.string(), createdAt: z.string(), sizeBytes: z.number().int() });
export type BackupEntry = z.infer<typeof BackupEntry>;

export const AutoBackupSettings = z.object({
  enabled: z.boolean(),
  /** How many automatic backups are kept; older ones are deleted. */
  keep: z.number().int().min(1).max(1000),
  /** Minutes between automatic backups while the project changes. */
  intervalMinutes: z.number().int().min(1).max(10_080),
  /** The folder beside the project that holds them (<name>.backups). */
  folder: z.string(),
});
export type AutoBackupSettings = z.infer<typeof AutoBackupSettings>;

/** Changes the settings given; an empty object only reads them. */
export const AutoBackupInput = z
  .object({
    enabled: z.boolean().optional(),
    keep: z.number().int().min(1).max(1000).optional(),
    intervalMinutes: z.number().int().min(1).max(10_080).optional(),
  })
  .strict();
