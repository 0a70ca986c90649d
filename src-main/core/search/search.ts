import type { Project } from '../session';
import type { z } from 'zod';
import type { SearchQuery, SearchResult } from '@common/api/schemas/search';
import { parseQuery } from './fts-query';
import { buildFilter, type SqlFilter } from './filters';
import { loadHits, type ItemRow } from './hits';
import { prepared } from '../data/statements';
import { aliasLookup } from './aliases';
import { rebuildNotice } from './rebuild';

export type SearchInput = z.output<typeof SearchQuery>;

/** Matches are counted up to this many; a larger total is reported as "at least". */
export const COUNT_CAP = 1000;

// bm25 weights in column order (body, title, stems, keys; migrations 0003, 0007): a title hit
// counts ten times a body hit; a word met through its stem or name key counts less than the word.
const BM25 = 'bm25(search_fts, 1.0, 10.0, 0.3, 0.1)';
const ITEM_COLUMNS = 'si.id, si.kind, si.ref_id, si.document_id, si.outlet_id, si.date, si.credibility, si.start, si.lang';

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

/** Counts matches up to `cap` (all of them without one). */
export function countSql(filter: Pick<SqlFilter, 'where'>, cap: number | null = COUNT_CAP + 1): string {
  const join = filter.where.empty ? '' : 'CROSS JOIN search_items si ON si.id = search_fts.rowid';
  return `SELECT count(*) AS n FROM (SELECT 1 FROM search_fts ${join} WHERE search_fts MATCH @match ${filter.where.andSql}${cap === null ? '' : ` LIMIT ${cap}`})`;
}

/** The MATCH of each level's own rows: its expression without the rows of the levels before it. */
export function levelMatches(levels: string[]): string[] {
  return levels.map((m, i) => (i === 0 ? m : `(${m}) NOT (${levels[i - 1]})`));
}

/**
 * `limit` rows from `offset` of the levels' rows one after the other, each level ranked on its
 * own: every exact match before any stem match, and so on (fts-query.ts, ParsedQuery.levels).
 * Only the levels the page reaches are queried; most first pages are filled by exact matches,
 * whose query reads the postings of the word alone. A level wholly before the page is counted.
 */
export function acrossLevels<T>(
  matches: string[],
  limit: number,
  offset: number,
  page: (match: string, limit: number, offset: number) => T[],
  count: (match: string) => number,
): T[] {
  const out: T[] = [];
  let skip = offset;
  for (const match of matches) {
    if (out.length >= limit) break;
    const rows = page(match, limit - out.length, skip);
    if (rows.length) {
      out.push(...rows);
      skip = 0;
    } else if (skip > 0) skip = Math.max(0, skip - count(match));
  }
  return out;
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

/**
 * Filters with no words (outlet:AZERTAC, theme:Energy, a date range) list what they select,
 * newest first: documents, annotations, claims and arguments; passages only under theme:,
 * which selects the passages inside its annotations.
 */
function filterOnly(p: Project, input: SearchInput, filter: SqlFilter, notices: string[]): SearchResult {
  const conditions = filter.where.toString();
  const where = conditions.includes("WHEN 'passage'") ? conditions : `${conditions} AND si.kind <> 'passage'`;
  const rows = prepared(p, `SELECT ${ITEM_COLUMNS}, NULL AS score FROM search_items si ${where}
    ORDER BY si.date IS NULL, si.date DESC, si.id DESC LIMIT @limit OFFSET @offset`).all({
    ...filter.where.params,
    limit: input.limit + 1,
    offset: input.offset,
  }) as ItemRow[];
  const hasMore = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  const total = hasMore
    ? (prepared(p, `SELECT count(*) AS n FROM (SELECT 1 FROM search_items si ${where} LIMIT ${COUNT_CAP + 1})`).get(filter.where.params) as { n: number }).n
    : input.offset + page.length;
  return { ...empty(input, notices), hits: loadHits(p, page, []), total: Math.min(total, COUNT_CAP), totalExact: total <= COUNT_CAP, hasMore };
}

/** One page of search results with snippets; synchronous (better-sqlite3), bounded by `limit`. */
export function search(p: Project, input: SearchInput): SearchResult {
  const parsed = parseQuery(input.query, { expand: input.expand, aliases: aliasLookup(p) });
  const filter = buildFilter(p, input, parsed.filters);
  const rebuilding = rebuildNotice(p);
  const notices = [...parsed.notices, ...filter.notices, ...(rebuilding ? [rebuilding] : [])];
  if (!filter.satisfiable) return empty(input, notices);
  if (parsed.match === null) {
    return parsed.wordless && !filter.where.empty ? filterOnly(p, input, filter, notices) : empty(input, notices);
  }
  if (input.credibilityMin !== undefined && input.credibilityMax !== undefined && input.credibilityMin > input.credibilityMax) {
    return empty(input, [...notices, 'the lowest credibility is above the highest']);
  }
  const params = { ...filter.where.params, match: parsed.match };
  type Row = ItemRow & { matches?: number };
  let rows: Row[];
  if (input.mode === 'ranked' && parsed.levels.length > 1) {
    const pageOf = prepared(p, pageSql('ranked', filter));
    const countOf = prepared(p, countSql(filter, null));
    rows = acrossLevels(
      levelMatches(parsed.levels),
      input.limit + 1,
      input.offset,
      (match, limit, offset) => pageOf.all({ ...filter.where.params, match, limit, offset }) as Row[],
      (match) => (countOf.get({ ...filter.where.params, match }) as { n: number }).n,
    );
  } else {
    const sql = input.mode === 'ranked' && !filter.where.empty ? countedPageSql(filter) : pageSql(input.mode, filter);
    rows = prepared(p, sql).all({ ...params, limit: input.limit + 1, offset: input.offset }) as Row[];
  }
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
