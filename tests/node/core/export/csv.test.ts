import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { collect } from '../../../../src-main/core/export/collect';
import { annotationsCsv, claimsCsv, safeCell } from '../../../../src-main/core/export/csv';
import { tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';

const parse = (csv: string): Record<string, string>[] => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
};

describe('CSV export', () => {
  it('escapes cells that a spreadsheet would run as a formula', () => {
    for (const bad of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx']) expect(safeCell(bad)).toBe(`'${bad}`);
    for (const ok of ['plain', ' =not first', '42', '']) expect(safeCell(ok)).toBe(ok);
  });

  it('writes annotations as UTF-8 with a BOM, one row each, formula-like cells escaped, non-ASCII kept', async () => {
    const p = tempSession().project;
    await buildSampleNotes(p);
    const b = collect(p, { kind: 'project' });
    const rows = parse(annotationsCsv(b));
    expect(rows).toHaveLength(6);
    const hyperlink = rows.find((r) => r.quote === 'The Zangezur corridor would shorten the rail link')!;
    expect(hyperlink.note).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(rows.find((r) => r.note === "'@mention +1 -2")?.quote).toBe('𝒜lmaty on Monday 🤝');
    expect(rows.find((r) => r.quote === "'-5 percent growth")?.themes?.split('; ').sort()).toEqual(['Energy', 'Security > UAVs']);
    const rich = rows.find((r) => r.quote === 'defense-industrial footprint')!;
    expect(rich.note).toBe('Key figure: 42 percent of the border, per Azernews\n<script>alert(1)</script> & more');
    expect(rows.find((r) => r.quote === 'Ərdoğan\'s visit to İğdır')?.title).toBe('Zangezur corridor 🚆 talks resume');
    // No cell in the file starts with a formula character unless escaped.
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    // Positions count code points.
    const astral = rows.find((r) => r.quote === '𝒜lmaty on Monday 🤝')!;
    expect(Number(astral.end) - Number(astral.start)).toBe([...'𝒜lmaty on Monday 🤝'].length);
  });

  it('writes claims with evidence counts, independent outlets and citations', async () => {
    const p = tempSession().project;
    await buildSampleNotes(p);
    const rows = parse(claimsCsv(collect(p, { kind: 'project' })));
    expect(rows).toHaveLength(2);
    const corridor = rows.find((r) => r.statement?.startsWith('The Zangezur corridor'))!;
    expect(corridor).toMatchObject({ status: 'corroborated', credibility: '2', event_date: '2025-10', supports: '1', context: '1', independent_outlets: '1' });
    expect(corridor.sources).toContain('Leyla Məmmədova, “Zangezur corridor 🚆 talks resume,” Trend');
  });
});
