import type { AchRating } from '@common/api/schemas/ach';
import type { Corroboration } from '@common/api/schemas/claims';

// Heuer's reading of a matrix, as pure functions: a hypothesis is judged by the evidence
// against it (inconsistencies), each claim weighed by how well it is corroborated.

/**
 * Independent origins of a claim's support. The seam for origin tracing: once corroboration
 * carries `supporting.independentOrigins` (copies traced to one origin count once), that count
 * is used; until then the distinct supporting sources stand in, marked as not traced.
 */
export function originsOf(c: Corroboration): { origins: number; traced: boolean } {
  const traced = (c.supporting as { independentOrigins?: number }).independentOrigins;
  if (typeof traced === 'number') return { origins: traced, traced: true };
  return { origins: c.supporting.outlets.length + c.supporting.unattributed, traced: false };
}

export const weightOf = (origins: number): number => (origins >= 2 ? 1 : origins === 1 ? 0.5 : 0.25);

export interface ScoredRow {
  weight: number;
  /** Rating per hypothesis index; undefined when not rated. */
  ratings: (AchRating | undefined)[];
}

/** Weighted inconsistency per hypothesis, leaving out the rows in `skip`. */
export function inconsistency(rows: readonly ScoredRow[], hypotheses: number, skip = -1): number[] {
  const out = Array.from({ length: hypotheses }, () => 0);
  rows.forEach((r, i) => {
    if (i === skip) return;
    r.ratings.forEach((x, h) => {
      if (x === 'inconsistent') out[h]! += r.weight;
    });
  });
  return out;
}

/** The index of the least inconsistent hypothesis, or null on a tie or with none. */
export function leaderOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const best = Math.min(...scores);
  const at = scores.flatMap((s, i) => (Math.abs(s - best) < 1e-9 ? [i] : []));
  return at.length === 1 ? at[0]! : null;
}

/** Ratings that differ between hypotheses (not applicable and unrated aside) tell them apart. */
export function isDiagnostic(ratings: readonly (AchRating | undefined)[]): boolean {
  const rated = ratings.filter((x) => x !== undefined && x !== 'na');
  return rated.length >= 2 && new Set(rated).size > 1;
}
