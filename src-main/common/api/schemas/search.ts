import { z } from 'zod';
import { PartialDate } from './common';

/** What a person filters by; 'document' covers a document's title and its passages. */
export const SEARCH_FILTER_KINDS = ['document', 'annotation', 'claim', 'argument'] as const;
/** What a hit is: a document (title hit), a passage of one, an annotation, a claim or an argument. */
export const SEARCH_HIT_KINDS = ['document', 'passage', 'annotation', 'claim', 'argument'] as const;

const Credibility = z.number().int().min(1).max(6);
const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const SearchQuery = z
  .object({
    /** Free text in the query language (words, "phrases", OR, -x, pre*, theme:, outlet:, before:, after:, kind:). */
    query: z.string().max(4000, 'a search is at most 4000 characters'),
    kinds: z.array(z.enum(SEARCH_FILTER_KINDS)).max(4).optional(),
    /** A theme's uid or name (its sub-themes count too). */
    theme: z.string().trim().min(1).max(200).optional(),
    /** An outlet's uid or name. */
    outlet: z.string().trim().min(1).max(200).optional(),
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    credibilityMin: Credibility.optional(),
    credibilityMax: Credibility.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
    /** 'fast': newest first without scoring, returns at once for any term; 'ranked': bm25, title above body. */
    mode: z.enum(['ranked', 'fast']).default('ranked'),
    /** Also find other forms of each word: stems, spellings and scripts of names, aliases (default on; `=word` turns it off for one word). */
    expand: z.boolean().default(true),
    /**
     * Latest-wins: a search box sends its channel and a seq per keystroke; a query still waiting
     * when a later one with another seq arrives on the same channel is skipped (stale). Arrival
     * order decides, so seq may start again at 0; the same seq (fast then ranked) never cancels.
     */
    channel: z.string().min(1).max(64).optional(),
    seq: z.number().int().min(0).optional(),
  })
  .strict();

export const SearchHit = z.object({
  kind: z.enum(SEARCH_HIT_KINDS),
  /** The uid of the document (for documents and passages), annotation, claim or argument. */
  uid: z.string(),
  documentUid: z.string().nullable(),
  /** Document title, annotation's document title, claim statement or argument title. */
  title: z.string(),
  titleHighlights: z.array(Range),
  /**
   * How the hit matched, best first: the word itself, an inflected form (same stem), another
   * spelling or script of a name (transliteration key), or another name from an alias group.
   */
  matchedBy: z.array(z.enum(['exact', 'stem', 'transliteration', 'alias'])),
  /** Original text around the hits; highlights are [start, end) UTF-16 ranges within it. */
  snippet: z.string(),
  highlights: z.array(Range),
  truncatedStart: z.boolean(),
  truncatedEnd: z.boolean(),
  /** Where the snippet starts in the document's text (passages, annotation quotes), for jumping to it. */
  offset: z.number().int().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  credibility: z.number().int().nullable(),
  /** bm25 score in ranked mode (lower is better), null in fast mode. */
  score: z.number().nullable(),
  /** The language the hit's text is searched in (two-letter code: its document's metadata, else detected); null when unknown. */
  lang: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  mode: z.enum(['ranked', 'fast']),
  channel: z.string().nullable(),
  seq: z.number().int().nullable(),
  /** True when a newer query on the same channel superseded this one: no work was done. */
  stale: z.boolean(),
  hits: z.array(SearchHit),
  /** Matches counted up to a cap; exact when totalExact. */
  total: z.number().int(),
  totalExact: z.boolean(),
  hasMore: z.boolean(),
  /** Parts of the query that were ignored or matched nothing, for a person to read. */
  notices: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResult>;

/** Names of one thing (Turkey = Türkiye = Турция) that a search for any of them also finds. */
export const AliasGroup = z.object({ uid: z.string(), names: z.array(z.string()) });
export type AliasGroup = z.infer<typeof AliasGroup>;
const AliasName = z.string().trim().min(1, 'an alias is a word or a name').max(200);
export const AliasAdd = z.object({ names: z.array(AliasName).min(1).max(50) }).strict();
/** A name to take out of its group, or a group's uid to delete it. */
export const AliasRemove = z.object({ ref: AliasName }).strict();
export const AliasRemoved = z.object({ removed: z.number().int() });
const GroupNames = z.array(AliasName).min(2, 'an alias group needs at least two names').max(50);
/** A new group; none of its names may be in another group. */
export const AliasGroupCreate = z.object({ names: GroupNames }).strict();
/** The group's names as they should be (add, remove, correct a name; undo). */
export const AliasGroupSet = z.object({ uid: z.string().min(1).max(64), names: GroupNames }).strict();
export const AliasGroupRef = z.object({ uid: z.string().min(1).max(64) }).strict();

/**
 * The search index's rebuild after a migration: 'done' when the index is complete, 'running',
 * or 'paused' (cancelled or interrupted: it resumes on request or when the project next opens).
 * `done` of `total` items (documents, annotations, claims, arguments) are indexed.
 */
export const RebuildStatus = z.object({
  state: z.enum(['done', 'running', 'paused']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type RebuildStatus = z.infer<typeof RebuildStatus>;
