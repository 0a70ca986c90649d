import type { OutletKind } from '../api/schemas/outlets';

/** How an outlet kind reads in the UI, the CLI and exports. */
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
