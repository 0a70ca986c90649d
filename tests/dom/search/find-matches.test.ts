import { describe, expect, it } from 'vitest';
import { fold } from '@common/text/fold';
import { findMatches } from '../../../src-renderer/features/search/find/find-matches';

const TEXT = 'Türkiye and TÜRKİYE; Işık met Əliyev in İstanbul. Қазақстан — turkiye again.';
const find = (q: string) => findMatches(fold(TEXT), q).map(([s, e]) => TEXT.slice(s, e));

describe('findMatches', () => {
  it('matches case- and diacritic-blind with the search fold, ranges in the original text', () => {
    expect(find('turkiye')).toEqual(['Türkiye', 'TÜRKİYE', 'turkiye']);
    expect(find('TÜRKİYE')).toEqual(['Türkiye', 'TÜRKİYE', 'turkiye']);
    expect(find('isik')).toEqual(['Işık']);
    expect(find('aliyev')).toEqual(['Əliyev']);
    expect(find('istanbul')).toEqual(['İstanbul']);
    expect(find('казакстан')).toEqual(['Қазақстан']);
  });

  it('finds phrases with their spaces and punctuation, and nothing for a blank query', () => {
    expect(find('isik met')).toEqual(['Işık met']);
    expect(find('türkiye;')).toEqual(['TÜRKİYE;']);
    expect(find('   ')).toEqual([]);
    expect(find('')).toEqual([]);
    expect(find('ankara')).toEqual([]);
  });

  it('returns non-overlapping matches in order, up to the cap', () => {
    const text = 'aaaaaa';
    expect(findMatches(text, 'aa')).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
    expect(findMatches(text, 'a', 4)).toHaveLength(4);
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '𝐀 Türkiye 😀 türkiye';
    const ranges = findMatches(fold(text), 'turkiye');
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Türkiye', 'türkiye']);
  });
});
