import type { Grade, OutletKind } from '@common/api/schemas/outlets';

export const KIND_LABELS: Record<OutletKind, string> = {
  news_agency: 'News agency',
  state_media: 'State media',
  private_media: 'Private media',
  independent_media: 'Independent media',
  think_tank: 'Think tank',
  government: 'Government',
  ngo: 'NGO',
  other: 'Other',
};

/** The Admiralty (NATO) source-reliability scale. */
export const GRADE_LABELS: Record<Grade, string> = {
  A: 'A · completely reliable',
  B: 'B · usually reliable',
  C: 'C · fairly reliable',
  D: 'D · not usually reliable',
  E: 'E · unreliable',
  F: 'F · cannot be judged',
};
