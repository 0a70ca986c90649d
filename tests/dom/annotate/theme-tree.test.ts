import { describe, expect, it } from 'vitest';
import type { Theme } from '@common/api/schemas/themes';
import { flattenTree, placementFor, placementForDrop } from '../../../src-renderer/features/themes/theme-tree';

const theme = (uid: string, parentUid: string | null, position: number): Theme => ({
  uid,
  name: uid,
  parentUid,
  color: '#123456',
  description: '',
  position,
  pinned: false,
  annotationCount: 0,
});

// Security > (Defence > UAVs), Border;  Energy;  Trade
const THEMES = [
  theme('Trade', null, 2),
  theme('UAVs', 'Defence', 0),
  theme('Security', null, 0),
  theme('Border', 'Security', 1),
  theme('Defence', 'Security', 0),
  theme('Energy', null, 1),
];

describe('theme tree', () => {
  it('flattens depth-first with siblings by position', () => {
    expect(flattenTree(THEMES).map((r) => `${'-'.repeat(r.depth)}${r.theme.uid}`)).toEqual([
      'Security',
      '-Defence',
      '--UAVs',
      '-Border',
      'Energy',
      'Trade',
    ]);
  });

  it('moves up and down among siblings, not past the ends', () => {
    expect(placementFor(THEMES, 'Energy', 'up')).toEqual({ parent: null, position: 0 });
    expect(placementFor(THEMES, 'Energy', 'down')).toEqual({ parent: null, position: 2 });
    expect(placementFor(THEMES, 'Security', 'up')).toBeNull();
    expect(placementFor(THEMES, 'Border', 'down')).toBeNull();
  });

  it('indents under the sibling above and outdents to just after the parent', () => {
    expect(placementFor(THEMES, 'Border', 'indent')).toEqual({ parent: 'Defence', position: 1 });
    expect(placementFor(THEMES, 'Security', 'indent')).toBeNull();
    expect(placementFor(THEMES, 'UAVs', 'outdent')).toEqual({ parent: 'Security', position: 1 });
    expect(placementFor(THEMES, 'Defence', 'outdent')).toEqual({ parent: null, position: 1 });
    expect(placementFor(THEMES, 'Energy', 'outdent')).toBeNull();
  });

  it('drops before, after or inside a target, never into its own subtree', () => {
    expect(placementForDrop(THEMES, 'Trade', 'Security', 'before')).toEqual({ parent: null, position: 0 });
    expect(placementForDrop(THEMES, 'Trade', 'Defence', 'after')).toEqual({ parent: 'Security', position: 1 });
    expect(placementForDrop(THEMES, 'Trade', 'UAVs', 'inside')).toEqual({ parent: 'UAVs', position: 0 });
    expect(placementForDrop(THEMES, 'Security', 'UAVs', 'inside')).toBeNull();
    expect(placementForDrop(THEMES, 'Security', 'Security', 'after')).toBeNull();
    // Moving down among its own siblings counts positions without itself.
    expect(placementForDrop(THEMES, 'Security', 'Energy', 'after')).toEqual({ parent: null, position: 1 });
  });
});
