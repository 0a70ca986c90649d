import { describe, expect, it } from 'vitest';
import { fold } from '@common/text/fold';
import { dispatch } from '../../../../src-main/core/dispatch';
import type { Session } from '../../../../src-main/core/session';
import { tempSession } from '../../../helpers/temp-project';
import { addDocument } from './fixtures';

const PAIRS: [string, string][] = [
  ['Türkiye', 'turkiye'],
  ['Türkiye', 'TÜRKİYE'],
  ['turkiye', 'TÜRKİYE'],
  ['İstanbul', 'istanbul'],
  ['Işık', 'isik'],
  ['Əliyev', 'Aliyev'],
  ['Қазақстан', 'казакстан'],
  ['Ёлка', 'елка'],
];

async function find(s: Session, query: string) {
  const r = await dispatch(s, 'search.query', { query });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('search folds Turkic, Kazakh and Russian spellings together', () => {
  for (const [a, b] of PAIRS) {
    for (const [indexed, typed] of [
      [a, b],
      [b, a],
    ] as const) {
      it(`a passage with "${indexed}" is found by "${typed}", highlighted in the original`, async () => {
        const s = tempSession();
        const doc = addDocument(s.project, { title: 'Regional notes', paragraphs: ['Opening words.', `Yesterday ${indexed} said yes.`] });
        addDocument(s.project, { title: 'Unrelated', paragraphs: ['Nothing to see here.'] });
        const r = await find(s, typed);
        expect(r.hits).toHaveLength(1);
        const hit = r.hits[0]!;
        expect(hit).toMatchObject({ kind: 'passage', uid: doc.uid, snippet: `Yesterday ${indexed} said yes.` });
        expect(hit.highlights).toEqual([[10, 10 + indexed.length]]);
        const [start, end] = hit.highlights[0]!;
        expect(hit.snippet.slice(start, end)).toBe(indexed);
        // The reader jumps to the hit: offset + range points into the document text.
        expect(doc.text.slice(hit.offset! + start, hit.offset! + end)).toBe(indexed);
      });
    }
  }

  it('a title in one spelling is found by the other and highlighted in the title', async () => {
    const s = tempSession();
    addDocument(s.project, { title: 'Əliyev visits İstanbul', paragraphs: ['Body text.'] });
    const r = await find(s, 'aliyev ISTANBUL');
    expect(r.hits.map((h) => h.kind)).toEqual(['document']);
    expect(r.hits[0]!.titleHighlights).toEqual([
      [0, 6],
      [14, 22],
    ]);
  });

  it('emoji and other astral characters before a hit keep the ranges on the hit', async () => {
    const s = tempSession();
    const para = '🇹🇷🚀 𝐁𝐨𝐥𝐝 𝒮𝒸𝓇𝒾𝓅𝓉 😀😀 then Türkiye and 🎉 Қазақстан 𐍈 end';
    const doc = addDocument(s.project, { title: 'Emoji 😀 report', paragraphs: ['First 🙂 paragraph.', para] });
    const r = await find(s, 'turkiye казакстан');
    expect(r.hits).toHaveLength(1);
    const hit = r.hits[0]!;
    expect(hit.snippet).toBe(para);
    expect(hit.highlights.map(([a, b]) => hit.snippet.slice(a, b))).toEqual(['Türkiye', 'Қазақстан']);
    expect(hit.highlights.map(([a, b]) => doc.text.slice(hit.offset! + a, hit.offset! + b))).toEqual(['Türkiye', 'Қазақстан']);
  });

  it('a long passage is cut around the hit without splitting an astral character', async () => {
    const s = tempSession();
    const para = `${'😀'.repeat(150)} lead words then Işık appears ${'🎉'.repeat(150)}`;
    addDocument(s.project, { title: 'Long', paragraphs: [para] });
    const hit = (await find(s, 'isik')).hits[0]!;
    expect(hit.snippet.length).toBeLessThanOrEqual(202);
    expect(hit.truncatedStart && hit.truncatedEnd).toBe(true);
    expect(hit.snippet).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    const [a, b] = hit.highlights[0]!;
    expect(hit.snippet.slice(a, b)).toBe('Işık');
    expect(para.slice(hit.offset! + a, hit.offset! + b)).toBe('Işık');
    expect(fold(hit.snippet).length).toBe(hit.snippet.length);
  });
});
