import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlain } from '../../../../src-main/core/import/extract-text';
import { SAMPLE as SAMPLE_PATH } from '../../../helpers/samples';

const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';

const blockTexts = (r: ReturnType<typeof extractPlain>, kind?: string): string[] =>
  r.blocks.filter((b) => !kind || b.kind === kind).map((b) => r.text.slice(b.start, b.end));

describe('scraped article text', () => {
  const r = extractPlain(SAMPLE, false);

  it('keeps the title once, as the first heading', () => {
    expect(r.meta.title).toBe(TITLE);
    expect(r.text.split(TITLE)).toHaveLength(2);
    expect(r.blocks[0]).toMatchObject({ kind: 'heading', level: 1, start: 0, end: TITLE.length });
  });

  it('makes photo lines captions with their credit, joined with the caption text before them', () => {
    const captions = r.blocks.filter((b) => b.kind === 'caption');
    expect(captions.map((b) => [r.text.slice(b.start, b.end), b.credit])).toEqual([
      ['Photo: Azernews', 'Azernews'],
      ['Turkic states\nPhoto: Anadolu Agency', 'Anadolu Agency'],
      ['Turkic states\nPhoto: AZERTAC', 'AZERTAC'],
      ['Azerbaijan and Turkiye\nPhoto: Azerbaijan\'s Defense Ministry', "Azerbaijan's Defense Ministry"],
      ['Zangezur Corridor\nPhoto: Wikimedia Commons', 'Wikimedia Commons'],
    ]);
    const paragraphs = blockTexts(r, 'paragraph');
    expect(paragraphs.some((t) => /^Photo:|^Turkic states$|^Zangezur Corridor$/.test(t))).toBe(false);
  });

  it('finds headings and list items', () => {
    const headings = blockTexts(r, 'heading');
    expect(headings).toContain('From shared identity to functional alignment');
    expect(headings).toContain('OTS and the routinization of “Turkic cooperation”');
    expect(headings).toContain('Azerbaijan remains the cornerstone of this security dimension');
    expect(headings).toContain('Looking ahead: signs of consolidation');
    expect(headings).not.toContain('Several recent summits illustrate the momentum:');
    expect(headings).toHaveLength(12);
    const items = blockTexts(r, 'list_item');
    expect(items).toHaveLength(3);
    expect(items[2]).toMatch(/^12th OTS Summit, Gabala \(7 October 2025\)/);
  });

  it('drops the Related news trailer and the truncated lead it repeats', () => {
    expect(r.text).not.toContain('Related news');
    expect(r.text).not.toMatch(/a\.\.\.$/);
    expect(r.text.endsWith('indicators of depth rather than intent.')).toBe(true);
    const lead = 'Türkiye’s influence in Central Asia and the South Caucasus is often described as a return';
    expect(r.text.split(lead)).toHaveLength(2);
  });

  it('has blocks that are exact, ordered ranges over NFC text', () => {
    expect(r.text).toBe(r.text.normalize('NFC'));
    let last = -1;
    for (const b of r.blocks) {
      expect(b.start).toBeGreaterThan(last);
      expect(r.text.slice(b.start, b.end)).toBe(r.text.slice(b.start, b.end).trim());
      last = b.end;
    }
    expect(blockTexts(r).join('\n\n')).toBe(r.text);
  });
});

describe('header block and Markdown', () => {
  it('reads the header block and keeps decomposed input as NFC', () => {
    const raw = 'Title: Ilham Aliyev in Gabala\nOutlet: AZERTAC\nPublished: 7 October 2025\nLanguage: en\n\nBody with Türkiye.\n';
    const r = extractPlain(raw.normalize('NFD'), false);
    expect(r.meta).toMatchObject({ title: 'Ilham Aliyev in Gabala', outlet: 'AZERTAC', language: 'en' });
    expect(r.text).toBe('Body with Türkiye.');
  });

  it('turns # headings, - and * lists and paragraphs into blocks without their markup', () => {
    const md = '# Middle Corridor\n\nIntro with a [link](https://example.org) and **bold** words.\n\n## Figures\n- one\n* two\n\nLast\nparagraph.';
    const r = extractPlain(md, true);
    expect(r.meta.title).toBe('Middle Corridor');
    expect(r.blocks.map((b) => [b.kind, b.level, r.text.slice(b.start, b.end)])).toEqual([
      ['heading', 1, 'Middle Corridor'],
      ['paragraph', null, 'Intro with a link and bold words.'],
      ['heading', 2, 'Figures'],
      ['list_item', null, 'one'],
      ['list_item', null, 'two'],
      ['paragraph', null, 'Last paragraph.'],
    ]);
  });
});
