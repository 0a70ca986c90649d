import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { tempSession } from '../../../helpers/temp-project';
import { mulberry32 } from '../../../helpers/seeded-random';
import { addAnnotation, addArgument, addClaim, addDocument, addTheme } from './fixtures';

// 10,000 generated query strings through the real search: every one must come back as a
// result (or, past the schema's length limit, as a clean invalid-input), never an exception.

const PIECES = [
  'gas', 'Türkiye', 'TÜRKİYE', 'Işık', 'Əliyev', 'Қазақстан', 'ёлка', 'corridor', 'the', 'OR', 'AND', 'NOT', 'NEAR',
  'NEAR(', 'near/3', 'title:', 'body:', 'search_fts:', 'rank:', 'rowid', 'theme:', 'outlet:', 'before:', 'after:',
  'kind:', 'kind:claim', 'before:2025', 'after:1999-12-31', 'outlet:"Anadolu Agency"', 'theme:Energy', '"', '""', "'",
  '(', ')', '()', '*', '**', '^', ':', '::', '-', '--', '+', '{', '}', '[', ']', ',', '.', ';', '\\', '/', '%', '_',
  '😀', '🇹🇷', '𝐁', '\u0000', '\u200b', '\u0301', '\ud800', '\udc00', '\t', '\n', ' ', '   ', 'ı', 'ə', 'ғ', 'қ',
  'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'SELECT', 'DROP TABLE', "'; --", '1=1', '0x', 'NULL', '$', '@x', '?', '#1',
];
const LETTERS = 'abcçdeəfgğhıijklmnoöprsştuüvyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі';

function generator(seed: number): () => string {
  const rand = mulberry32(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  return () => {
    const shape = int(20);
    if (shape === 0) return '';
    if (shape === 1) return ' \t\n '.slice(0, 1 + int(4));
    if (shape === 2) return Array.from({ length: 200 + int(3000) }, () => PIECES[int(PIECES.length)]).join(int(2) ? ' ' : '');
    const parts: string[] = [];
    for (let i = 0, n = 1 + int(8); i < n; i++) {
      parts.push(int(3) === 0 ? Array.from({ length: 1 + int(8) }, () => LETTERS[int(LETTERS.length)]).join('') : PIECES[int(PIECES.length)]!);
      if (int(4) === 0) parts.push('*');
    }
    return parts.join(int(4) === 0 ? '' : ' ');
  };
}

describe('search: property test over generated queries', () => {
  it('10,000 generated query strings never raise', async () => {
    const s = tempSession();
    const p = s.project;
    const energy = addTheme(p, 'Energy');
    const doc = addDocument(p, {
      title: 'Türkiye, Əliyev and the corridor',
      outlet: 'Anadolu Agency',
      published: '2025-10-07',
      paragraphs: ['Gas from Қазақстан crosses the corridor 😀 near Işık.', 'The ёлка and the NEAR operator: title body.'],
    });
    const ann = addAnnotation(p, doc, 'Gas from Қазақстан crosses the corridor', { note: 'note on gas', themes: [energy] });
    const claim = addClaim(p, 'Gas flows doubled (TÜRKİYE)', { evidence: [ann.id], credibility: 3, eventDate: '2025' });
    addArgument(p, 'The corridor argument', 'thesis', 'Body with "quotes" and (brackets)', [claim.uid]);

    const next = generator(20251125);
    const failures: string[] = [];
    let found = 0;
    let invalid = 0;
    for (let i = 0; i < 10_000; i++) {
      const query = next();
      const mode = i % 2 ? 'fast' : 'ranked';
      const r = await dispatch(s, 'search.query', { query, mode, limit: 5 });
      if (r.ok) {
        if (r.value.hits.length) found++;
        for (const h of r.value.hits) {
          for (const [a, b] of [...h.highlights, ...h.titleHighlights]) if (!(a < b && b <= Math.max(h.snippet.length, h.title.length))) failures.push(`bad range ${query}`);
        }
      } else if (r.error.code === 'invalid-input' && query.length > 4000) invalid++;
      else failures.push(`${JSON.stringify(query).slice(0, 80)}: ${r.error.code} ${r.error.message}`);
    }
    expect(failures).toEqual([]);
    // The generator reaches both real hits and the length limit, so neither path goes untested.
    expect(found).toBeGreaterThan(200);
    expect(invalid).toBeGreaterThan(10);
  });
});
