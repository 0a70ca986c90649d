import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlain } from '../../../../src-main/core/import/extract-text';

import { PAGES } from '../../../helpers/samples';
const blocks = (r: ReturnType<typeof extractPlain>): [string, string][] =>
  r.blocks.map((b) => [b.kind === 'heading' ? `h${b.level}` : b.kind, r.text.slice(b.start, b.end)]);

describe('paragraph reconstruction of plain text', () => {
  it('makes each line of a scraped single-newline article a block and its subheadings headings (Times of Central Asia)', () => {
    const r = extractPlain(readFileSync(join(PAGES, 'timesca-leaders-turkic-states.txt'), 'utf8'), false);
    const got = blocks(r);
    expect(got.map(([k]) => k)).toEqual(['h1', 'paragraph', 'paragraph', 'h2', 'paragraph', 'paragraph', 'paragraph', 'h2', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(got[0]![1]).toBe('Leaders of Turkic States Meet in Azerbaijan');
    expect(got[3]![1]).toBe('Aliyev: The OTS Is Becoming a Major Geopolitical Center');
    expect(got[7]![1]).toBe('South Caucasus Peace and Economic Connectivity');
    expect(got[9]![1]).toBe('“This will turn the region into a space of peace.”');
  });

  it('joins hard-wrapped lines into paragraphs, mends hyphenated words, and ends a paragraph on its short last line', () => {
    const text = [
      'Caspian freight in numbers',
      '',
      'Cargo volumes along the Middle Corridor have increased by nearly ninety',
      'percent since 2022, the ministry said, adding that the Alat port and the',
      'Baku-Tbilisi-Kars railway now carry most of the transit between Central',
      'Asia and Europe. Officials expect the trend to continue through the com-',
      'ing year.',
      'A second paragraph starts here after a short closing line of the first one',
      'and it goes on for a while so that it wraps at the same width as before.',
      'Ports and railways',
      'Kazakhstan and Azerbaijan agreed to synchronise timetables on the ferry',
      'line, which shortens the crossing by a full day according to operators.',
    ].join('\n');
    const r = extractPlain(text, false);
    expect(blocks(r)).toEqual([
      ['h1', 'Caspian freight in numbers'],
      ['paragraph', 'Cargo volumes along the Middle Corridor have increased by nearly ninety percent since 2022, the ministry said, adding that the Alat port and the Baku-Tbilisi-Kars railway now carry most of the transit between Central Asia and Europe. Officials expect the trend to continue through the coming year.'],
      ['paragraph', 'A second paragraph starts here after a short closing line of the first one and it goes on for a while so that it wraps at the same width as before.'],
      ['h2', 'Ports and railways'],
      ['paragraph', 'Kazakhstan and Azerbaijan agreed to synchronise timetables on the ferry line, which shortens the crossing by a full day according to operators.'],
    ]);
  });

  it('keeps blank-line paragraphs as they are and joins a sentence broken over two scraped lines', () => {
    const text = 'Gas to Europe\n\nSOCAR said exports grew.\nThe pipeline runs at full\ncapacity, officials said.\n\nA last paragraph.';
    expect(blocks(extractPlain(text, false))).toEqual([
      ['h1', 'Gas to Europe'],
      ['paragraph', 'SOCAR said exports grew.'],
      ['paragraph', 'The pipeline runs at full capacity, officials said.'],
      ['paragraph', 'A last paragraph.'],
    ]);
  });

  it('pasted text (a Cyrillic single-newline article) is split the same way', () => {
    const text = 'Саммит ОТГ в Габале\nЛидеры тюркских государств собрались в Габале.\nВстреча прошла под девизом «Региональный мир и безопасность».\nИтоги саммита\nПринята Габалинская декларация.';
    expect(blocks(extractPlain(text, false))).toEqual([
      ['h1', 'Саммит ОТГ в Габале'],
      ['paragraph', 'Лидеры тюркских государств собрались в Габале.'],
      ['paragraph', 'Встреча прошла под девизом «Региональный мир и безопасность».'],
      ['h2', 'Итоги саммита'],
      ['paragraph', 'Принята Габалинская декларация.'],
    ]);
  });
});
