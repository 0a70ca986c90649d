import type { ApiInput } from '@common/api/contract';
import { isPartialDate } from '@common/text/partial-date';
import type { ClaimFilterValues } from './claims-filter-store';

/** The view's filter as the contract's ClaimFilter; half-typed dates and the full credibility range are left out. */
export function claimFilterInput(f: ClaimFilterValues): ApiInput<'claims.timeline'> {
  const text = f.text.trim();
  return {
    ...(f.theme ? { theme: f.theme } : {}),
    ...(f.status.length ? { status: f.status } : {}),
    ...(f.outlet ? { outlet: f.outlet } : {}),
    ...(f.kinds.length ? { kinds: f.kinds } : {}),
    ...(f.credibility[0] > 1 ? { credibilityMin: f.credibility[0] } : {}),
    ...(f.credibility[1] < 6 ? { credibilityMax: f.credibility[1] } : {}),
    ...(isPartialDate(f.from) ? { from: f.from.trim() } : {}),
    ...(isPartialDate(f.to) ? { to: f.to.trim() } : {}),
    ...(text ? { text } : {}),
  };
}
