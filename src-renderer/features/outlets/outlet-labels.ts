import type { Grade } from '@common/api/schemas/outlets';

export { KIND_LABELS } from '@common/text/outlet-kind-labels';

/** The Admiralty (NATO) source-reliability scale. */
export const GRADE_LABELS: Record<Grade, string> = {
  A: 'A · completely reliable',
  B: 'B · usually reliable',
  C: 'C · fairly reliable',
  D: 'D · not usually reliable',
  E: 'E · unreliable',
  F: 'F · cannot be judged',
};
