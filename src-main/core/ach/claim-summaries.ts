import type { ClaimSummary } from '@common/api/schemas/claims';
import { CLAIM_SELECT, summarize, type ClaimRow } from '../claims/summaries';
import type { Project } from '../session';
import { prepared } from '../data/statements';

/** Claim summaries (with corroboration) for ids, in the order given. */
export function getClaimSummaries(p: Project, ids: readonly number[]): { id: number; summary: ClaimSummary }[] {
  if (ids.length === 0) return [];
  const rows = prepared(p, `${CLAIM_SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as ClaimRow[];
  const summaries = summarize(p, rows);
  const map = new Map(rows.map((r, i) => [r.id, summaries[i]!]));
  return ids.flatMap((id) => (map.has(id) ? [{ id, summary: map.get(id)! }] : []));
}
