import { describe, expect, it } from 'vitest';
import { eventDateFrom } from '../../../src-renderer/features/claims/claim-form';
import { moved } from '../../../src-renderer/features/claims/evidence-order';

describe('evidence order', () => {
  it('moves one item up, down, to either end, and clamps past the ends', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 1, -3)).toEqual(['b', 'a', 'c']);
  });
});

describe('a new claim’s event date from its article', () => {
  it('keeps partial dates, cuts a timestamp to its day, leaves the rest empty', () => {
    expect(eventDateFrom('2025-10-14')).toBe('2025-10-14');
    expect(eventDateFrom('2025-10')).toBe('2025-10');
    expect(eventDateFrom('2025')).toBe('2025');
    expect(eventDateFrom('2025-10-14T08:30:00Z')).toBe('2025-10-14');
    expect(eventDateFrom(' 2025-10 ')).toBe('2025-10');
    expect(eventDateFrom(null)).toBe('');
    expect(eventDateFrom(undefined)).toBe('');
    expect(eventDateFrom('October 2025')).toBe('');
    expect(eventDateFrom('2025-13')).toBe('');
  });
});
