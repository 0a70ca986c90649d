import { describe, expect, it } from 'vitest';
import { sliceUtf8 } from '../../../../src-main/core/search/utf8-slice';
import { mulberry32 } from '../../../helpers/seeded-random';

// Passages are cut from their document's UTF-8 bytes; the cut must equal slicing the string.

const PIECES = ['a', ' ', 'Türkiye', 'ı', 'Қазақстан', 'ё', '😀', '🇹🇷', '𝐁', '€', '\u0301', '\n\n', 'İşık'];

describe('sliceUtf8', () => {
  it('equals String.slice for every start and end over text with 1- to 4-byte characters', () => {
    const rand = mulberry32(11);
    for (let n = 0; n < 40; n++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => PIECES[Math.floor(rand() * PIECES.length)]!).join('');
      const buf = Buffer.from(text, 'utf8');
      for (let start = 0; start <= text.length + 1; start++) {
        for (let end = start; end <= text.length + 2; end++) expect(sliceUtf8(buf, start, end)).toBe(text.slice(start, end));
      }
    }
  });

  it('a cut inside an emoji keeps the half surrogate, as the string would', () => {
    const text = 'ab😀cd';
    expect(sliceUtf8(Buffer.from(text), 3, 6)).toBe(text.slice(3, 6));
    expect(sliceUtf8(Buffer.from(text), 0, 3)).toBe(text.slice(0, 3));
  });
});
