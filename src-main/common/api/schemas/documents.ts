import { z } from 'zod';
import { AUTHOR_KINDS } from '../../text/author-names';
import { isSafeUrl, URL_POLICY_MESSAGE } from '../../text/safe-url';
import { PartialDate, Uid } from './common';

export const AuthorKind = z.enum(AUTHOR_KINDS);

export const BLOCK_KINDS = ['heading', 'paragraph', 'list_item', 'caption'] as const;
export const BlockKind = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({
  kind: BlockKind,
  level: z.number().int().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  credit: z.string().nullable(),
});
export type Block = z.infer<typeof Block>;

export const DocumentSummary = z.object({
  uid: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  outletUid: z.string().nullable(),
  author: z.string().nullable(),
  /** Person or organisation (stored, else guessed from the name); null without an author. */
  authorKind: AuthorKind.nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  origin: z.string(),
  version: z.number().int(),
  annotationCount: z.number().int(),
  createdAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDetail = DocumentSummary.extend({
  retrievedAt: z.string().nullable(),
  text: z.string(),
  blocks: z.array(Block),
  contentHash: z.string(),
  versions: z.number().int(),
  /** The dateline the item opened with: place, date and the upstream agency (an outlet), and the text as written. */
  dateline: z
    .object({
      text: z.string(),
      place: z.string().nullable(),
      date: z.string().nullable(),
      outlet: z.string().nullable(),
      outletUid: z.string().nullable(),
    })
    .nullable(),
  /** The collections (REFI-QDA sets) the document belongs to, by name. */
  collections: z.array(z.string()),
  /** Its variables ("Country: Azerbaijan"), as imported from REFI-QDA projects. */
  variables: z.array(z.object({ name: z.string(), value: z.string() })),
  /**
   * The language its text is searched in (stems): from its Language metadata when that names a
   * language, else detected; and how many passages are in each language (a quotation in another
   * script is detected by itself).
   */
  searchLanguage: z.object({
    code: z.string().nullable(),
    source: z.enum(['metadata', 'detected']),
    passages: z.array(z.object({ code: z.string().nullable(), count: z.number().int() })),
  }),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const DOCUMENT_SORTS = ['title', 'published', 'outlet', 'created', 'annotations'] as const;
export const DocumentQuery = z
  .object({
    outlet: Uid.optional(),
    theme: Uid.optional(),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    text: z.string().max(500).optional(),
    sort: z.enum(DOCUMENT_SORTS).default('created'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    limit: z.number().int().min(1).max(100_000).default(10_000),
  })
  .strict();

export const DocumentGet = z.object({ uid: Uid }).strict();

const OptionalText = z.string().trim().max(2000).nullable();
/** A document's URL: web or mail only (the one URL policy); '' clears it. */
const DocumentUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => u === '' || isSafeUrl(u), URL_POLICY_MESSAGE)
  .nullable();
export const DocumentMetaPatch = z
  .object({
    title: z.string().trim().min(1, 'a title is required').max(2000),
    outlet: z.string().trim().max(200).nullable(),
    author: OptionalText,
    /** Left out when the author changes: the kind is guessed again from the new name. */
    authorKind: AuthorKind,
    url: DocumentUrl,
    published: PartialDate.nullable(),
    language: z.string().trim().max(35).nullable(),
  })
  .partial()
  .strict();
export const DocumentUpdate = z.object({ uid: Uid, patch: DocumentMetaPatch }).strict();

/** What the analyst can say about an import (CLI flags, the import form). */
export const ImportOverrides = z
  .object({
    outlet: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(2000),
    url: z.string().trim().min(1).max(2000).refine(isSafeUrl, URL_POLICY_MESSAGE),
    published: PartialDate,
    author: z.string().trim().min(1).max(500),
    language: z.string().trim().min(1).max(35),
    /** Import as a new version of this document. */
    versionOf: Uid,
  })
  .partial()
  .strict();
export type ImportOverrides = z.infer<typeof ImportOverrides>;

export const ImportItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
  z
    .object({
      kind: z.literal('data'),
      name: z.string().min(1).max(1000),
      base64: z.string().max(60_000_000),
    })
    .strict(),
  z.object({ kind: z.literal('text'), text: z.string().max(20_000_000), name: z.string().max(1000).optional() }).strict(),
]);
export type ImportItem = z.infer<typeof ImportItem>;

export const ImportRequest = z
  .object({
    items: z.array(ImportItem).min(1, 'nothing to import').max(100_000),
    overrides: ImportOverrides.default({}),
    jobId: z.string().max(64).optional(),
  })
  .strict();
export type ImportRequest = z.infer<typeof ImportRequest>;

export const ImportFileResult = z.object({
  file: z.string(),
  status: z.enum(['imported', 'version', 'duplicate', 'failed', 'cancelled']),
  uid: z.string().optional(),
  title: z.string().optional(),
  existing: z.string().optional(),
  reason: z.string().optional(),
  passages: z.number().int().optional(),
});
export type ImportFileResult = z.infer<typeof ImportFileResult>;

export const ImportSummary = z.object({
  jobId: z.string(),
  results: z.array(ImportFileResult),
  imported: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  cancelled: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportProgress = z.object({
  jobId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  current: z.string(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const CancelImport = z.object({ jobId: z.string().min(1).max(64) }).strict();
