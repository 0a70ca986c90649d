import { describe, expect, it } from 'vitest';
import { nameKeys, queryKeys } from '../../../../src-main/core/text/name-key';

// Each group: spellings of one name as they occur in passages of the given language. The query
// (first, English) must share a key with every occurrence.
const GROUPS: [string, [string | null, string][]][] = [
  ['Tokayev', [['en', 'Tokayev'], ['en', 'Tokaev'], ['kk', 'Toqaev'], ['ru', 'Токаев'], ['ru', 'Токаева'], ['ru', 'Токаевым'], ['kk', 'Тоқаев'], ['kk', 'Тоқаевтың'], ['kk', 'Тоқаевқа'], ['az', 'Tokayevin'], ['tr', 'Tokayev']]],
  ['Gabala', [['en', 'Gabala'], ['az', 'Qəbələ'], ['az', 'Qəbələdə'], ['tr', 'Gebele'], ['ru', 'Габала'], ['ru', 'Габале'], ['kk', 'Ғабала']]],
  ['Zangezur', [['az', 'Zəngəzur'], ['ru', 'Зангезур'], ['ru', 'Зангезурского'], ['az', 'Zəngəzurun'], ['tr', 'Zengezur']]],
  ['Kazakhstan', [['kk', 'Qazaqstan'], ['kk', 'Қазақстан'], ['kk', 'Қазақстанның'], ['ru', 'Казахстан'], ['ru', 'Казахстане'], ['ru', 'Казахстана'], ['en', 'Kazakhstan']]],
  ['Azerbaijan', [['az', 'Azərbaycan'], ['az', 'Azərbaycanın'], ['ru', 'Азербайджан'], ['ru', 'Азербайджана'], ['kk', 'Әзірбайжан'], ['tr', 'Azerbaycan']]],
  ['Aliyev', [['az', 'Əliyev'], ['ru', 'Алиев'], ['ru', 'Алиева'], ['en', 'Aliev'], ['az', 'Əliyevin']]],
  ['Mirziyoyev', [['uz', 'Mirziyoyev'], ['ru', 'Мирзиёев'], ['en', 'Mirziyoev']]],
  ['Shusha', [['az', 'Şuşa'], ['ru', 'Шуша'], ['en', 'Shusha']]],
  ['Ilham', [['az', 'İlham'], ['ru', 'Ильхам'], ['en', 'Ilham']]],
];

describe('name keys', () => {
  for (const [query, forms] of GROUPS) {
    it(`${query} meets ${forms.map((f) => f[1]).join(', ')}`, () => {
      const keys = queryKeys(query);
      for (const [lang, word] of forms) expect(nameKeys(lang, word).filter((k) => keys.includes(k)), `${word} (${lang}) → ${nameKeys(lang, word).join()}`).not.toEqual([]);
    });
  }

  it('keeps different names apart', () => {
    const distinct = ['Tokayev', 'Gabala', 'Baku', 'Ankara', 'Astana', 'Moscow', 'Erdogan', 'Putin', 'Pashinyan', 'Tbilisi', 'Kabul', 'Aliyev'];
    const keys = distinct.map((w) => nameKeys('en', w)[0]);
    expect(new Set(keys).size).toBe(distinct.length);
    expect(queryKeys('Tokayev')).not.toContain(nameKeys('ru', 'Токмак')[0]);
  });
});
