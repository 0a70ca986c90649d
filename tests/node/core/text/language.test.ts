import { describe, expect, it } from 'vitest';
import { detectLanguage, languageCode } from '../../../../src-main/core/text/language';

describe('detectLanguage', () => {
  it('tells Azerbaijani from Turkish (the detector has no Azerbaijani model)', () => {
    expect(detectLanguage('Azərbaycanın qədim Qəbələ şəhərində keçirilən Türk Dövlətləri Təşkilatının Zirvə Görüşü yeni mərhələnin başlanğıcıdır.')).toBe('az');
    expect(detectLanguage("Türk Devletleri Teşkilatı Devlet Başkanları 12. Zirvesi, yarın Azerbaycan'ın tarihi şehri Gebele kentinde yapılacak.")).toBe('tr');
  });
  it('reads Russian and Kazakh; short text takes the fallback', () => {
    expect(detectLanguage('Президент Азербайджана Ильхам Алиев и президент Казахстана провели переговоры в Астане.')).toBe('ru');
    expect(detectLanguage('Мемлекет басшысы Қасым-Жомарт Тоқаев жұмыс сапарымен Бакуге барды. Әзербайжан астанасында бүгін саммит өтеді.')).toBe('kk');
    expect(detectLanguage('Qəbələ', 'en')).toBe('en');
  });
  it('languageCode reads tags and names', () => {
    expect(languageCode('az-Latn-AZ')).toBe('az');
    expect(languageCode('Azerbaijani')).toBe('az');
    expect(languageCode('rus')).toBe('ru');
    expect(languageCode('Klingon')).toBeNull();
  });
});
