import type { AchRating } from '@common/api/schemas/ach';

/** Mantine colours of the ratings: what counts against a hypothesis stands out. */
export const RATING_COLORS: Record<AchRating, string> = { consistent: 'teal', inconsistent: 'red', neutral: 'gray', na: 'gray' };

/** "2 independent origins", or "2 sources (origins not traced)" until copies are traced to their origin. */
export const originsLabel = (n: number, traced: boolean): string =>
  traced ? `${n} independent ${n === 1 ? 'origin' : 'origins'}` : `${n} ${n === 1 ? 'source' : 'sources'} (origins not traced)`;
