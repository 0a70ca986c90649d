import { z } from 'zod';
import { Uid } from './common';

/** One shared passage: UTF-16 ranges over each document's current text (a: the first of `documents`). */
export const CopySpan = z.object({
  aStart: z.number().int(),
  aEnd: z.number().int(),
  bStart: z.number().int(),
  bEnd: z.number().int(),
  /** Words the passage shares (small edits inside it are not counted). */
  words: z.number().int(),
  /** Its longest verbatim run, in words. */
  longestRun: z.number().int(),
});
export type CopySpan = z.infer<typeof CopySpan>;

export const CopyDocument = z.object({
  uid: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
});
export type CopyDocument = z.infer<typeof CopyDocument>;

export const CopyPair = z.object({
  /** The two documents' uids, the one stored first first. */
  documents: z.tuple([z.string(), z.string()]),
  details: z.tuple([CopyDocument, CopyDocument]),
  sharedWords: z.number().int(),
  longestRun: z.number().int(),
  /** Shared words over the words of the shorter text. */
  share: z.number(),
  spans: z.array(CopySpan),
});
export type CopyPair = z.infer<typeof CopyPair>;

export const CopyQuery = z.object({ document: Uid.optional() }).strict();
export const CopyList = z.object({ pairs: z.array(CopyPair) });
export type CopyList = z.infer<typeof CopyList>;

export const UPSTREAM_SOURCES = ['pattern', 'dateline', 'copy', 'manual'] as const;

/** The outlet a document repeats, and how that is known. */
export const DocumentUpstream = z.object({
  /** null with source "manual": the analyst marked the document independent. */
  name: z.string().nullable(),
  outletUid: z.string().nullable(),
  source: z.enum(UPSTREAM_SOURCES),
  /** The phrase that states it ("citing AZERTAC"); for a copy, empty. */
  evidence: z.string(),
  /** For a copy: the earlier document it repeats. */
  upstreamDocument: z.string().nullable(),
});
export type DocumentUpstream = z.infer<typeof DocumentUpstream>;

export const DocumentSources = z.object({
  upstream: DocumentUpstream.nullable(),
  /** Copies of this document in other outlets; `documents[0]` is this one. */
  copies: z.array(CopyPair),
});
export type DocumentSources = z.infer<typeof DocumentSources>;

export const DocumentSourcesGet = z.object({ uid: Uid }).strict();

/** The analyst's word on where a document comes from. */
export const UpstreamChoice = z.discriminatedUnion('kind', [
  /** A reprint of this outlet (created when new). */
  z.object({ kind: z.literal('reprint'), outlet: z.string().trim().min(1, 'name the outlet it reprints').max(200) }).strict(),
  /** Its own reporting, whatever detection says. */
  z.object({ kind: z.literal('independent') }).strict(),
  /** Forget the choice: detection decides. */
  z.object({ kind: z.literal('detected') }).strict(),
]);
export const UpstreamSet = z.object({ uid: Uid, choice: UpstreamChoice }).strict();

export const CopiesRebuildResult = z.object({ documents: z.number().int(), links: z.number().int() });
