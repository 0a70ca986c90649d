import { describe, expect, it } from 'vitest';
import { colourDistance, DISTINCT, distinctColour, THEME_COLOURS } from '../../../../src-main/core/themes/distinct-colour';
import { createTheme } from '../../../../src-main/core/themes/themes';
import { tempSession } from '../../../helpers/temp-project';

describe('a new theme gets a colour that stays distinct', () => {
  it('measures distance as the eye sees it: two blues close in OKLab, blue and orange far', () => {
    expect(colourDistance('#4263eb', '#3b5bdb')).toBeLessThan(0.05);
    expect(colourDistance('#1c7ed6', '#e8590c')).toBeGreaterThan(0.25);
    expect(colourDistance('#123456', '#123456')).toBe(0);
  });

  it('the first themes get the classic palette, skipping a colour too close to one in use', async () => {
    const s = tempSession();
    const colours = Array.from({ length: 8 }, (_, i) => createTheme(s.project, { name: `T${i}` }).color);
    expect(colours.slice(0, 4)).toEqual(THEME_COLOURS.slice(0, 4));
    await s.close();
  });

  it('the first ten themes are at least DISTINCT apart; later ones still at twice a noticeable difference', async () => {
    const s = tempSession();
    const colours: string[] = [];
    for (let i = 0; i < 16; i++) colours.push(createTheme(s.project, { name: `Theme ${i}` }).color);
    for (let i = 1; i < colours.length; i++) {
      const nearest = Math.min(...colours.slice(0, i).map((c) => colourDistance(c, colours[i]!)));
      expect(nearest, `theme ${i} ${colours[i]}`).toBeGreaterThanOrEqual(i < 10 ? DISTINCT : 0.04);
    }
    await s.close();
  });

  it('themes the analyst coloured by hand are avoided too (the reported duplicate)', async () => {
    const s = tempSession();
    // Colours set by hand to the palette's first picks, as an import or an edit leaves them.
    for (const [i, color] of THEME_COLOURS.slice(0, 10).entries()) createTheme(s.project, { name: `Manual ${i}`, color });
    const fresh = createTheme(s.project, { name: 'New' }).color;
    const nearest = Math.min(...THEME_COLOURS.slice(0, 10).map((c) => colourDistance(c, fresh)));
    expect(nearest).toBeGreaterThanOrEqual(DISTINCT);
    await s.close();
  });

  it('with every candidate close to something in use, it still picks the one farthest away', () => {
    const used = [...THEME_COLOURS];
    const pick = distinctColour(used);
    const gap = (c: string) => Math.min(...used.map((u) => colourDistance(c, u)));
    for (const c of THEME_COLOURS) expect(gap(pick)).toBeGreaterThanOrEqual(gap(c));
  });
});
