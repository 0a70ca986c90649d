import type { ClaimStatus, ClaimSummary } from '@common/api/schemas/claims';
import type { Project } from '../session';
import { corroborate, loadSources } from './corroboration';
import { prepared } from '../data/statements';

export interface ClaimRow {
  id: number;
  uid: string;
  statement: string;
  event_date: string | null;
  status: ClaimStatus;
  credibility: number;
  notes: string;
  created_at: string;
  updated_at: string;
  evidence_count: number;
}

export const CLAIM_SELECT = `SELECT c.*, (SELECT count(*) FROM claim_evidence e WHERE e.claim_id = c.id) AS evidence_count FROM claims c`;

/** Distinct themes of the claims' evidence passages, by claim id. */
function claimThemes(p: Project, claimIds: number[] | undefined): Map<number, ClaimSummary['themes']> {
  const rows = prepared(p,
      `SELECT DISTINCT e.claim_id, t.uid, t.name, t.color, t.position FROM claim_evidence e
       JOIN annotation_themes at ON at.annotation_id = e.annotation_id JOIN themes t ON t.id = at.theme_id
       ${claimIds ? 'WHERE e.claim_id IN (SELECT value FROM json_each(?))' : ''}
       ORDER BY t.position, t.name COLLATE NOCASE`,
    )
    .all(...(claimIds ? [JSON.stringify(claimIds)] : [])) as { claim_id: number; uid: string; name: string; color: string }[];
  const out = new Map<number, ClaimSummary['themes']>();
  for (const r of rows) out.set(r.claim_id, [...(out.get(r.claim_id) ?? []), { uid: r.uid, name: r.name, color: r.color }]);
  return out;
}

/**
 * Row → DTO for many claims with two bulk queries. `all` says the rows are every claim, so
 * the lookups need no id list (the whole-table listing stays one scan each).
 */
export function summarize(p: Project, rows: ClaimRow[], all = false): ClaimSummary[] {
  const ids = all ? undefined : rows.map((r) => r.id);
  const sources = loadSources(p, ids);
  const themes = claimThemes(p, ids);
  return rows.map((r) => ({
    uid: r.uid,
    statement: r.statement,
    eventDate: r.event_date,
    status: r.status,
    credibility: r.credibility,
    notes: r.notes,
    evidenceCount: r.evidence_count,
    themes: themes.get(r.id) ?? [],
    corroboration: corroborate(sources.get(r.id) ?? [], r.credibility),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
