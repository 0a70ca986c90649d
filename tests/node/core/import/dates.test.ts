import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../../../src-main/common/text/dates';

describe('normalizeDate', () => {
  it.each([
    ['2025', '2025'],
    ['2025-10', '2025-10'],
    ['2025-10-07', '2025-10-07'],
    ['2025-10-07T23:30:00+04:00', '2025-10-07'],
    ['2025-10-07 08:15', '2025-10-07'],
    ['7 October 2025', '2025-10-07'],
    ['Tuesday, 7 October 2025', '2025-10-07'],
    ['October 7, 2025', '2025-10-07'],
    ['Oct. 7th, 2025', '2025-10-07'],
    ['October 2025', '2025-10'],
    ['07.10.2025', '2025-10-07'],
    ['07.10.2025 14:03', '2025-10-07'],
    ['2025/10/07', '2025-10-07'],
    ['7 Ekim 2025', '2025-10-07'],
    ['7 октября 2025', '2025-10-07'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeDate(raw)).toBe(want);
  });

  it.each(['yesterday', 'sometime in autumn', '2025-13-01', '31 February 2025', '', '10/2025/07', 'Smarch 7, 2025'])(
    'drops %j',
    (raw) => {
      expect(normalizeDate(raw)).toBeNull();
    },
  );
});
