import type { ClaimStatus, Stance } from '@common/api/schemas/claims';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  open: 'Open',
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  refuted: 'Refuted',
};
export const STATUS_COLORS: Record<ClaimStatus, string> = { open: 'gray', corroborated: 'green', disputed: 'orange', refuted: 'red' };

/** The Admiralty (NATO) information-credibility scale. */
export const CREDIBILITY_LABELS: Record<number, string> = {
  1: '1 · confirmed',
  2: '2 · probably true',
  3: '3 · possibly true',
  4: '4 · doubtful',
  5: '5 · improbable',
  6: '6 · cannot be judged',
};

export const STANCE_LABELS: Record<Stance, string> = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' };
export const STANCE_COLORS: Record<Stance, string> = { supports: 'green', contradicts: 'red', context: 'gray' };

export const statusOptions = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));
export const credibilityOptions = Object.entries(CREDIBILITY_LABELS).map(([value, label]) => ({ value, label }));
export const stanceOptions = Object.entries(STANCE_LABELS).map(([value, label]) => ({ value, label }));

/** A statement cut to `max` characters at a word boundary, for chips and pickers. */
export function shorten(text: string, max = 60): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
