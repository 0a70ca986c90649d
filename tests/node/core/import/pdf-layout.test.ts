import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src-main/core/import/extract';
import { makeTwoColumnPdf, type ColumnBlock } from '../../../helpers/make-pdf';

const URL = 'https://azertag.az/en/xeber/kubanychbek_omuraliyev_critical_outcomes_were_achieved_at_the_summit_held_in_gabala-3790443';

const BLOCKS: ColumnBlock[] = [
  { kind: 'paragraph', text: 'The twelfth summit of the Organization of Turkic States convened in Gabala under the theme of regional peace and security, bringing together the presidents of Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and Uzbekistan with observers from Hungary and Turkmenistan.' },
  { kind: 'paragraph', text: 'Delegations discussed transport connectivity, energy interdependence and the institutional development of the organization, with particular attention to customs harmonization along the Middle Corridor.' },
  { kind: 'heading', text: 'Security cooperation' },
  { kind: 'paragraph', text: 'President Aliyev proposed joint military exercises of member states in 2026, citing the broad cooperation between the countries in the military, defense and security spheres over recent years.' },
  { kind: 'paragraph', text: `The secretary general summarised the outcomes in a statement published by the state agency at ${URL} on the day the summit closed.` },
  { kind: 'heading', text: 'Economic integration' },
  { kind: 'paragraph', text: 'The Turkic Investment Fund is expected to begin operational activities in early 2026 with an authorized capital framework of around six hundred million dollars, according to officials familiar with the preparations.' },
  { kind: 'paragraph', text: 'Cargo volumes along the Middle Corridor have increased by nearly ninety percent since 2022, and operators expect further growth as railway timetables are synchronized across the Caspian crossing.' },
  { kind: 'paragraph', text: 'Observers noted that the declaration reaffirmed sovereignty, independence and statehood while strengthening mutual trust among the participating governments and their institutions.' },
];

describe('PDF layout', () => {
  it('imports a two-column PDF with page numbers, a running header and hyphenation as clean paragraphs and headings', async () => {
    const pdf = makeTwoColumnPdf('Gabala Summit Briefing', BLOCKS, { header: 'Caspian Policy Review · October 2025', linesPerColumn: 16 });
    const r = await extractDocument(pdf, 'briefing.pdf');
    const got = r.blocks.map((b) => [b.kind === 'heading' ? `h${b.level}` : b.kind, r.text.slice(b.start, b.end)]);
    expect(got).toEqual([
      ['h1', 'Gabala Summit Briefing'],
      ...BLOCKS.map((b) => [b.kind === 'heading' ? 'h2' : 'paragraph', b.text]),
    ]);
    expect(r.meta.title).toBe('Gabala Summit Briefing');
    expect(r.text).not.toMatch(/\d \/ \d|Caspian Policy Review/);
    expect(r.text).toContain(URL);
  });

  it('the fixture really has what the test claims: two pages, columns side by side, hyphenated words and a broken URL', async () => {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(makeTwoColumnPdf('Gabala Summit Briefing', BLOCKS, { header: 'Caspian Policy Review · October 2025', linesPerColumn: 16 })));
    const { text, totalPages } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBe(2);
    expect(text.join('\n')).toMatch(/1 \/ 2/);
    expect(text.join('\n')).toMatch(/\b\p{L}{5}-\n/u);
    expect(text.join('\n')).toMatch(/summit_\n?held_in/);
  });
});
