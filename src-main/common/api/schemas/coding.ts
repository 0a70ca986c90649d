import { z } from 'zod';
import { Uid } from './common';
import { SearchQuery } from './search';

/** A search as it is saved and re-run: the query and its filters, without paging or channels. */
export const SearchSpec = SearchQuery.pick({
  query: true,
  kinds: true,
  theme: true,
  outlet: true,
  from: true,
  to: true,
  credibilityMin: true,
  credibilityMax: true,
}).strict();
export type SearchSpec = z.output<typeof SearchSpec>;

/** How much text around a hit becomes the passage: its sentence, or its whole paragraph. */
export const Spread = z.enum(['sentence', 'paragraph']);
export type Spread = z.infer<typeof Spread>;

export const TagHitsRequest = z
  .object({
    search: SearchSpec,
    /** The theme's uid. */
    theme: Uid,
    spread: Spread.default('sentence'),
  })
  .strict();
export type TagHitsRequest = z.output<typeof TagHitsRequest>;

export const TagPassage = z.object({ documentUid: z.string(), documentTitle: z.string(), start: z.number().int(), end: z.number().int(), exact: z.string() });

export const TagPreview = z.object({
  /** Passages that would be tagged (each text range once). */
  toTag: z.number().int(),
  /** Passages with exactly this range that carry the theme already: left as they are. */
  alreadyTagged: z.number().int(),
  /** The first passages, to read before tagging. */
  samples: z.array(TagPassage),
  /** True when the search has more hits than one tagging takes (MAX_TAGGED_HITS). */
  capped: z.boolean(),
});
export type TagPreview = z.infer<typeof TagPreview>;

export const TagResult = z.object({
  /** The annotations made: undo deletes exactly these. */
  created: z.array(z.string()),
  alreadyTagged: z.number().int(),
  capped: z.boolean(),
});
export type TagResult = z.infer<typeof TagResult>;

export const UntagRequest = z.object({ created: z.array(Uid).max(20_000) }).strict();
export const UntagResult = z.object({ removed: z.number().int() });

const SearchName = z.string().trim().min(1, 'a saved search needs a name').max(120);

export const SavedSearchInput = z.object({ name: SearchName, search: SearchSpec }).strict();
export const SavedSearchRef = z.object({ uid: Uid }).strict();
export const SavedSearchRename = z.object({ uid: Uid, name: SearchName }).strict();

export const SavedSearch = z.object({
  uid: z.string(),
  name: z.string(),
  search: SearchSpec,
  /** Matches now (counted afresh at every listing), up to the search's count cap. */
  count: z.number().int(),
  countExact: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;
