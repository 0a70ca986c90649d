import type { ClaimStatus } from '@common/api/schemas/claims';
import { isPartialDate, PARTIAL_DATE_HINT } from '@common/text/partial-date';

export interface ClaimFormValues {
  statement: string;
  eventDate: string;
  status: ClaimStatus;
  credibility: number;
}

export type ClaimFormErrors = Partial<Record<keyof ClaimFormValues, string>>;

/** The same rules as the contract, checked while the analyst types. */
export function validateClaim(v: ClaimFormValues): ClaimFormErrors {
  const errors: ClaimFormErrors = {};
  if (!v.statement.trim()) errors.statement = 'a claim needs a statement';
  if (v.eventDate.trim() && !isPartialDate(v.eventDate)) errors.eventDate = PARTIAL_DATE_HINT;
  if (!Number.isInteger(v.credibility) || v.credibility < 1 || v.credibility > 6) errors.credibility = 'credibility is 1–6';
  return errors;
}

/** The form's values as the contract's fields (an empty date is no date). */
export const claimFields = (v: ClaimFormValues) => ({
  statement: v.statement.trim(),
  eventDate: v.eventDate.trim() || null,
  status: v.status,
  credibility: v.credibility,
});

/**
 * A new claim's event date, taken from its article's published date: partial dates as they are
 * (2025-10 stays 2025-10), a timestamp cut to its day, anything else left for the analyst.
 */
export function eventDateFrom(published: string | null | undefined): string {
  const day = published?.trim().slice(0, 10) ?? '';
  if (published && isPartialDate(published)) return published.trim();
  return isPartialDate(day) ? day : '';
}
