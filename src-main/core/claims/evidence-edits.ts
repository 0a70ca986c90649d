import type { ClaimDetail, Stance } from '@common/api/schemas/claims';
import type { Project } from '../session';
import { claimRow, getClaim, touchClaim } from './claims';
import { insertEvidence, removeEvidenceRow, reorderEvidenceRows, updateEvidenceRow } from './evidence';

// Each edit is one transaction that also marks the claim updated; each answers the claim
// as it now is, so the claim page re-renders from one response.

function edit(p: Project, claim: string, change: (claimId: number) => void): ClaimDetail {
  const row = claimRow(p, claim);
  p.db.transaction(() => {
    change(row.id);
    touchClaim(p, row.id);
  })();
  return getClaim(p, row.uid);
}

export const addEvidence = (p: Project, i: { claim: string; annotation: string; stance: Stance; note: string }): ClaimDetail =>
  edit(p, i.claim, (id) => insertEvidence(p, id, [i]));

export const updateEvidence = (p: Project, i: { claim: string; annotation: string; stance?: Stance; note?: string }): ClaimDetail =>
  edit(p, i.claim, (id) => updateEvidenceRow(p, id, i.annotation, i));

export const removeEvidence = (p: Project, i: { claim: string; annotation: string }): ClaimDetail =>
  edit(p, i.claim, (id) => removeEvidenceRow(p, id, i.annotation));

export const reorderEvidence = (p: Project, i: { claim: string; annotations: string[] }): ClaimDetail =>
  edit(p, i.claim, (id) => reorderEvidenceRows(p, id, i.annotations));
