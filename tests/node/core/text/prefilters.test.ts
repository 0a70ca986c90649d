import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '@common/text/fold';
import { keyInitials, nameKeys } from '../../../../src-main/core/text/name-key';
import { STEMMED_LANGUAGES, stems } from '../../../../src-main/core/text/stem';

// Snippets decide cheaply which words of a hit can match through a stem or a name key
// (core/search/term-match.ts): a stem begins as its word does (all but its last two letters),
// and every key of a name begins with one of its keyInitials. Both are checked here on every
// word of the real multilingual excerpts, in every language a word could be read in.

const { passages } = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/multilingual-search/passages.json'), 'utf8')) as {
  passages: { lang: string; text: string }[];
};
const words = [...new Set(passages.flatMap((p) => p.text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []))];

describe('the snippet prefilters never pass over a word that matches', () => {
  it('a stem begins with its word but for the last two letters (Arabic, which cuts prefixes, aside)', () => {
    const misses: string[] = [];
    for (const lang of STEMMED_LANGUAGES.filter((l) => l !== 'ar')) {
      for (const w of words.map((x) => fold(x).toLowerCase())) {
        for (const s of stems(lang, w)) if (!w.startsWith(s.slice(0, Math.max(1, s.length - 2)))) misses.push(`${lang}:${w}→${s}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it("every key of a name begins with one of the initials of its first four letters", () => {
    const misses: string[] = [];
    for (const lang of [null, 'en', 'ru', 'tr', 'az', 'kk', 'uz', 'ky', 'tk']) {
      for (const w of words.filter((x) => /^\p{Lu}/u.test(x))) {
        for (const k of nameKeys(lang, w)) if (k && !keyInitials(w).includes(k[0]!)) misses.push(`${lang}:${w}→${k}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
