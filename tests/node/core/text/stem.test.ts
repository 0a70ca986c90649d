import { describe, expect, it } from 'vitest';
import { fold } from '@common/text/fold';
import { queryStems, stems } from '../../../../src-main/core/text/stem';
import { stripTurkic, type TurkicLanguage } from '../../../../src-main/core/text/turkic-suffixes';
import { detectLanguage, languageCode } from '../../../../src-main/core/text/language';

// Word by word: the forms of one word (as written) and the stem they all share. A final
// vowel may go with the one-vowel case endings (ölkə and ölkələr both give olk): what matters
// for search is that every form of a word meets the others.
const TURKIC: [TurkicLanguage, string[], string][] = [
  ['az', ['Qəbələ', 'Qəbələdə', 'Qəbələnin', 'Qəbələyə', 'Qəbələdən'], 'qabal'],
  ['az', ['Azərbaycan', 'Azərbaycanın', 'Azərbaycanda', 'Azərbaycandan', 'Azərbaycanla'], 'azarbaycan'],
  ['az', ['ölkə', 'ölkələr', 'ölkələrin', 'ölkələrdə', 'ölkəni'], 'olk'],
  ['az', ['Bakı', 'Bakıda', 'Bakının', 'Bakıya'], 'bak'],
  ['az', ['Tokayev', 'Tokayevin', 'Tokayevlə'], 'tokayev'],
  ['az', ['dəhliz', 'dəhlizi', 'dəhlizinin', 'dəhlizlər'], 'dahliz'],
  ['az', ['Qazaxıstan', 'Qazaxıstanın', 'Qazaxıstanda'], 'qazaxistan'],
  ['kk', ['Қазақстан', 'Қазақстанның', 'Қазақстанда', 'Қазақстаннан', 'Қазақстанға'], 'казакстан'],
  ['kk', ['Тоқаев', 'Тоқаевтың', 'Тоқаевқа', 'Тоқаевпен'], 'токаев'],
  ['kk', ['елдер', 'елдердің', 'елдерде'], 'елдер'],
  ['kk', ['президент', 'Президентпен', 'президенттің'], 'президент'],
  ['kk', ['дәліз', 'дәлізі', 'дәлізінің'], 'дализ'],
  ['uz', ['Oʻzbekiston', 'Oʻzbekistonning', 'Oʻzbekistonda'], 'ozbekiston'],
  ['uz', ['Toshkent', 'Toshkentda', 'Toshkentga', 'Toshkentdan'], 'toshkent'],
  ['uz', ['davlat', 'davlatlar', 'davlatlarning'], 'davlat'],
  ['ky', ['Кыргызстан', 'Кыргызстандын', 'Кыргызстанда'], 'кыргызстан'],
  ['ky', ['Бишкек', 'Бишкекте', 'Бишкектен'], 'бишкек'],
  ['ky', ['өлкө', 'өлкөлөр', 'өлкөлөрдүн'], 'олк'],
  ['tk', ['Türkmenistan', 'Türkmenistanyň', 'Türkmenistanda'], 'turkmenistan'],
  ['tk', ['Aşgabat', 'Aşgabatda', 'Aşgabatdan'], 'asgabat'],
  ['tk', ['döwlet', 'döwletler', 'döwletleriň'], 'dowlet'],
];

describe('Turkic light stemmers', () => {
  for (const [lang, forms, want] of TURKIC) {
    it(`${lang}: ${forms.join(', ')} → ${want}`, () => {
      for (const word of forms) expect(stripTurkic(lang, fold(word).replace(/ʻ/g, '')), word).toContain(want);
    });
  }
  it('keeps a stem of three letters with a vowel', () => {
    expect(stripTurkic('az', 'ada')).toEqual(['ada']);
    expect(stripTurkic('kk', 'мен')).toEqual(['мен']);
  });
  it('gives both stems where a buffer letter makes the ending ambiguous', () => {
    expect(stripTurkic('az', 'azarbaycanin')).toEqual(['azarbaycan', 'azarbayc']);
  });
});

describe('Snowball and query stems', () => {
  it('meets inflected forms of the acceptance words', () => {
    expect(queryStems('corridors')).toContain(stems('en', 'corridor')[0]);
    const summit = queryStems('саммит');
    for (const w of ['саммите', 'саммита', 'саммитом', 'саммит']) expect(summit).toContain(stems('ru', w)[0]);
    expect(queryStems('istanbul')).toContain(stems('tr', 'istanbulda')[0]);
  });
  it('leaves words of languages without a stemmer, numbers and short words alone', () => {
    expect(stems('ka', 'თბილისი')).toEqual(['თბილისი']);
    expect(stems('en', '2024s')).toEqual(['2024s']);
    expect(stems(null, 'corridors')).toEqual(['corridors']);
  });
});

describe('language', () => {
  it('reads metadata codes and names', () => {
    expect(languageCode('en-GB')).toBe('en');
    expect(languageCode('az-Latn-AZ')).toBe('az');
    expect(languageCode('Kazakh')).toBe('kk');
    expect(languageCode('  ')).toBeNull();
  });
  it('detects the region’s languages offline and leaves short text to its fallback', () => {
    expect(detectLanguage('Президент Казахстана Касым-Жомарт Токаев провел встречу с делегацией')).toBe('ru');
    expect(detectLanguage('Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев кездесу өткізді')).toBe('kk');
    expect(detectLanguage('Türkiye Cumhurbaşkanı Erdoğan zirvede önemli açıklamalar yaptı')).toBe('tr');
    expect(detectLanguage('The president met the delegation in the capital on Tuesday morning')).toBe('en');
    expect(detectLanguage('Hi', 'az')).toBe('az');
  });
});
