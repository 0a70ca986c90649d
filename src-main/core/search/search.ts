import type { Project } from '../session';
import type { z } from 'zod';
import type { SearchQuery, SearchResult } from '@common/api/schemas/search';
import { parseQuery } from './fts-query';
import { buildFilter, type SqlFilter } from './filters';
import { loadHits, type ItemRow } from './hits';
import { prepared } from '../data/statements';

export type SearchInput = z.output<typeof SearchQuery>;

/** Matches are counted up to this many; a larger total is reported as "at least". */
export const COUNT_CAP = 1000;

// bm25 weights in column order (body, title; migration 0003): a title hit counts ten times a body hit.
const BM25 = 'bm25(search_fts, 1.0, 10.0)';
const ITEM_COLUMNS = 'si.id, si.kind, si.ref_id, si.document_id, si.outlet_id, si.date, si.credibility, si.start';

/**
 * The SQL of one search page. The FTS table always drives (CROSS JOIN fixes the order), so
 * search_items is only looked up by primary key for each match, never scanned. Without filters,
 * the page is cut inside the FTS query before any join, so only `limit` rows are joined.
 */
export function pageSql(mode: 'ranked' | 'fast', filter: Pick<SqlFilter, 'where'>): string {
  const order = mode === 'ranked' ? 'score' : 'search_fts.rowid DESC';
  const score = mode === 'ranked' ? BM25 : 'NULL';
  if (filter.where.empty) {
    return `SELECT ${ITEM_COLUMNS}, top.score FROM
      (SELECT rowid AS id, ${score} AS score FROM search_fts WHERE search_fts MATCH @match
       ORDER BY ${order} LIMIT @limit OFFSET @offset) top
      JOIN search_items si ON si.id = top.id ORDER BY ${mode === 'ranked' ? 'top.score' : 'top.id DESC'}`;
  }
  return `${filteredSql(mode, filter)} ORDER BY ${order} LIMIT @limit OFFSET @offset`;
}

function filteredSql(mode: 'ranked' | 'fast', filter: Pick<SqlFilter, 'where'>): string {
  return `SELECT ${ITEM_COLUMNS}, ${mode === 'ranked' ? BM25 : 'NULL'} AS score FROM search_fts
    CROSS JOIN search_items si ON si.id = search_fts.rowid WHERE search_fts MATCH @match ${filter.where.andSql}`;
}

/**
 * A ranked, filtered page that also counts all its matches (column `matches`). Ranking visits
 * every filtered match anyway; counting in the same pass saves the count query, which would
 * filter up to COUNT_CAP matches a second time. Unfiltered, that count reads only the index
 * and is cheaper than the window; fast pages stop early and must not visit every match.
 */
export function countedPageSql(filter: Pick<SqlFilter, 'where'>): string {
  return `SELECT *, count(*) OVER () AS matches FROM (${filteredSql('ranked', filter)}) ORDER BY score LIMIT @limit OFFSET @offset`;
}

function countSql(filter: Pick<SqlFilter, 'where'>): string {
  const join = filter.where.empty ? '' : 'CROSS JOIN search_items si ON si.id = search_fts.rowid';
  return `SELECT count(*) AS n FROM (SELECT 1 FROM search_fts ${join} WHERE search_fts MATCH @match ${filter.where.andSql} LIMIT ${COUNT_CAP + 1})`;
}

const empty = (input: SearchInput, notices: string[]): SearchResult => ({
  mode: input.mode,
  channel: input.channel ?? null,
  seq: input.seq ?? null,
  stale: false,
  hits: [],
  total: 0,
  totalExact: true,
  hasMore: false,
  notices,
});

/** One page of search results with snippets; synchronous (better-sqlite3), bounded by `limit`. */
export function search(p: Project, input: SearchInput): SearchResult {
  const parsed = parseQuery(input.query);
  const filter = buildFilter(p, input, parsed.filters);
  const notices = [...parsed.notices, ...filter.notices];
  if (parsed.match === null || !filter.satisfiable) return empty(input, notices);
  if (input.credibilityMin !== undefined && input.credibilityMax !== undefined && input.credibilityMin > input.credibilityMax) {
    return empty(input, [...notices, 'the lowest credibility is above the highest']);
  }
  const params = { ...filter.where.params, match: parsed.match };
  const sql = input.mode === 'ranked' && !filter.where.empty ? countedPageSql(filter) : pageSql(input.mode, filter);
  const rows = prepared(p, sql).all({ ...params, limit: input.limit + 1, offset: input.offset }) as (ItemRow & {
    matches?: number;
  })[];
  const hasMore = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  // A page that is not full already holds the last match: count only when there are more
  // (or when the page is past the end and says nothing).
  const known = !hasMore && (page.length > 0 || input.offset === 0);
  const matches = rows[0]?.matches;
  const counted = known
    ? input.offset + page.length
    : matches !== undefined
      ? Math.min(matches, COUNT_CAP + 1)
      : (prepared(p, countSql(filter)).get(params) as { n: number }).n;
  // The count stops at the cap; a page past it still tells how many there are at least.
  const total = known || counted <= COUNT_CAP ? counted : Math.max(COUNT_CAP, input.offset + page.length);
  return {
    ...empty(input, notices),
    hits: loadHits(p, page, parsed.terms),
    total,
    totalExact: known || counted <= COUNT_CAP,
    hasMore,
  };
}
