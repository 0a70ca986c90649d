import { describe, expect, it } from 'vitest';
import { collect } from '../../../../src-main/core/export/collect';
import { cslItems } from '../../../../src-main/core/export/csl';
import { renderWithCiteproc } from '../../../helpers/citeproc';
import { tempSession } from '../../../helpers/temp-project';
import { buildRepeatedSources } from './repeated-sources';

// The light part of `npm run interop`: the CSL-JSON export read by citeproc-js in the four
// shipped styles. Every item renders; organisations stay whole; every entry names its outlet.

describe('CSL-JSON in citeproc-js', () => {
  it('renders every source in Chicago notes, APA, MLA and Harvard', { timeout: 120_000 }, async () => {
    const p = tempSession().project;
    await buildRepeatedSources(p);
    const items = cslItems(collect(p, { kind: 'project' }));
    for (const style of ['chicago', 'apa', 'mla', 'harvard'] as const) {
      const entries = renderWithCiteproc(items, style);
      expect(entries, style).toHaveLength(items.length);
      // Chicago and MLA title-case titles: find entries regardless of case.
      const find = (words: string): string | undefined => entries.find((e) => e.toLowerCase().includes(words));
      const crisis = find('bridges over the caspian')!;
      expect(crisis, style).toMatch(/^International Crisis Group[.,]? /);
      expect(crisis, style).not.toMatch(/Group, I\.|Group, International/);
      expect(find('border management'), style).toMatch(/^Organization for Security and Co-operation in Europe/);
      expect(find('ots secretary general'), style).toContain('AZERTAC');
    }
  });
});
