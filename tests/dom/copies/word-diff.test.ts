import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src-renderer/features/copies/word-diff';

describe('compareTexts', () => {
  it('marks a changed number and a changed name as salient replacements, and counts words', () => {
    const a = 'Trade grew by 42 percent, President Ilham Aliyev said in Baku on Tuesday.';
    const b = 'Trade grew by 45 percent, Minister Jeyhun Bayramov said in Baku.';
    const c = compareTexts(a, b);
    expect(c.changes).toEqual([
      { from: '42', to: '45', kind: 'number' },
      { from: 'President Ilham Aliyev', to: 'Minister Jeyhun Bayramov', kind: 'name' },
    ]);
    expect(c.left.map((s) => s.text).join('')).toBe(a);
    expect(c.right.map((s) => s.text).join('')).toBe(b);
    expect(c.left.find((s) => s.text === '42')).toMatchObject({ kind: 'removed', salient: true });
    expect(c.right.find((s) => s.text === '45')).toMatchObject({ kind: 'added', salient: true });
    expect(c.removedWords).toBe(6);
    expect(c.addedWords).toBe(4);
  });

  it('identical texts are one same segment on each side', () => {
    const c = compareTexts('One text.', 'One text.');
    expect(c).toMatchObject({ changes: [], addedWords: 0, removedWords: 0, sameWords: 2 });
  });
});
