import type { SearchHit, SearchResult } from '@common/api/schemas/search';
import type { FilterKind } from './search-store';

export type HitKind = SearchHit['kind'];

export interface HitGroup {
  kind: HitKind;
  label: string;
  /** The query that fills this group (documents and passages share one). */
  source: FilterKind;
  hits: SearchHit[];
  /** What the header shows: the query's total (less the loaded title hits for passages); loaded title hits for documents. */
  count: number;
  /** More exist than `count` says (a capped total, or a further page). */
  atLeast: boolean;
  /** Another page can be loaded for this group's query. */
  hasMore: boolean;
}

const GROUPS: { kind: HitKind; label: string; source: FilterKind }[] = [
  { kind: 'document', label: 'Documents', source: 'document' },
  { kind: 'passage', label: 'Passages', source: 'document' },
  { kind: 'annotation', label: 'Annotations', source: 'annotation' },
  { kind: 'claim', label: 'Claims', source: 'claim' },
  { kind: 'argument', label: 'Arguments', source: 'argument' },
];

/** Results of the per-kind queries as the five groups a person reads, empty groups left out. */
export function groupHits(results: Partial<Record<FilterKind, SearchResult>>): HitGroup[] {
  const groups: HitGroup[] = [];
  for (const g of GROUPS) {
    const r = results[g.source];
    if (!r) continue;
    const hits = r.hits.filter((h) => h.kind === g.kind);
    if (hits.length === 0) continue;
    // Title hits and passages share one query and its total: title hits are few and rank first,
    // so the documents count what is loaded and the passages the rest of the total.
    const titleHits = g.kind === 'passage' ? r.hits.filter((h) => h.kind === 'document').length : 0;
    const count = g.kind === 'document' ? hits.length : r.total - titleHits;
    groups.push({ ...g, hits, count, atLeast: g.kind !== 'document' && !r.totalExact, hasMore: r.hasMore });
  }
  return groups;
}

/** "12", or "1000+" when there are more than counted. */
export const countLabel = (g: Pick<HitGroup, 'count' | 'atLeast'>): string => `${g.count}${g.atLeast ? '+' : ''}`;
