import anyAscii from 'any-ascii';
import { stripTurkic, type TurkicLanguage } from './turkic-suffixes';
import { fold } from '@common/text/fold';
import { Memo } from './memo';

// A transliteration key for names: one Latin spelling for a name in any script or spelling,
// so Tokayev = Tokaev = Toqaev = Токаев = Тоқаев and Gabala = Qəbələ = Габала = Ғабала.
// Cyrillic (Russian, Kazakh, Uzbek, Kyrgyz) and Turkic Latin letters are romanised by the table
// below (any-ascii, a maintained table, knows no Turkic conventions: ə, c = "j", x = "kh", q);
// other scripts (Arabic, Georgian, Armenian…) go through any-ascii. Then a phonetic reduction
// merges what spellings of one name disagree on: velars (k, q, g, ğ, x, kh, h), the j sound
// (j, c, dzh, zh), the vowels into two classes (unrounded a, rounded u; y and й are vowels
// there, which makes -yev = -ev and y/i/j vowels equal), doubled letters, and the final vowel.

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', і: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ў: 'o', ф: 'f', х: 'kh', ҳ: 'h', һ: 'h', ц: 'ts', ч: 'ch', ҷ: 'j', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', є: 'ye', ї: 'yi', ґ: 'g',
};
/** Turkic Latin letters: c is the j sound, ç ch, ş sh, x kh (Azerbaijani, Uzbek). */
const TURKIC_LATIN: Record<string, string> = {
  ə: 'a', ä: 'a', ı: 'i', i: 'i', ö: 'o', ü: 'u', ş: 'sh', ç: 'ch', ğ: 'g', ñ: 'ng', ň: 'ng', ý: 'y', ž: 'zh',
  c: 'j', x: 'kh', 'ʻ': '', 'ʼ': '', '‘': '', '’': '', "'": '',
};

function romanise(word: string, turkicC: boolean): string {
  let out = '';
  for (const ch of word) {
    const r = CYRILLIC[ch] ?? (turkicC || ch !== 'c' ? TURKIC_LATIN[ch] : undefined);
    if (r !== undefined) out += r;
    else if (ch < '\u0080') out += ch;
    else out += anyAscii(ch).toLowerCase();
  }
  return out;
}

const DIGRAPHS: [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'],
  [/shch|sch|sh/g, 's'],
  [/tch|ch/g, 'c'],
  [/kh|gh|[kqgxh]/g, 'k'],
  [/ts|tz/g, 'c'],
  [/w/g, 'v'],
  [/[aeiy]/g, 'a'],
  [/[ou]/g, 'u'],
  [/[^a-z]/g, ''],
  [/(.)\1+/g, '$1'],
];

function reduce(latin: string): string {
  let k = latin;
  for (const [re, to] of DIGRAPHS) k = k.replace(re, to);
  // The final vowel is where case endings and spellings disagree most (Qəbələ, Габале, Gabala).
  // Only where five letters stay: Turkey → turk would meet every Türk.
  return k.length > 5 ? k.replace(/[au]$/, '') : k;
}

/** Russian noun and name endings, for keys only: Токаева, Казахстане, Зангезурского → the name. */
const RUSSIAN_ENDINGS = /(?:(?:ин)?ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)|ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ым|им|ах|ях|ую|а|я|у|ю|е|ы)$/;

const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

const TURKIC_OF: Record<string, TurkicLanguage> = { az: 'az', tr: 'az', uz: 'uz', tk: 'tk', kk: 'kk', ky: 'ky' };

/** A word without its case ending in `lang`, before keying (on the original letters, lower case). */
function stripForKey(lang: string | null, lower: string): string[] {
  const turkic = lang ? TURKIC_OF[lang] : undefined;
  // The strippers work on folded words; the original word is cut at the same length.
  if (turkic) return stripTurkic(turkic, fold(lower)).map((s) => lower.slice(0, s.length));
  // Cyrillic in a passage of another language (a misdetected one) is cut as Russian.
  if ((lang === 'ru' || CYRILLIC_LETTER.test(lower)) && lower.length > 4) return [lower.replace(RUSSIAN_ENDINGS, '')];
  return [lower];
}

const LATIN_TURKIC = new Set(['az', 'tr', 'uz', 'tk']);

const lowerCase = (word: string): string => word.replace(/İ/g, 'i').replace(/I/g, 'i').toLowerCase();

// Names repeat across a corpus: keys are memoised per language and word, as stems are.
const MEMO_SIZE = 50_000;
const memos = new Map<string, Memo<string[]>>();

/** The keys (one, two for an ambiguous Turkic ending) of a word of a passage in `lang` (null when unknown). */
export function nameKeys(lang: string | null, word: string): string[] {
  const l = lang ?? '';
  let memo = memos.get(l);
  if (!memo) memos.set(l, (memo = new Memo(MEMO_SIZE, (w) => computeKeys(lang, w))));
  return memo.get(word);
}

function computeKeys(lang: string | null, word: string): string[] {
  const lower = lowerCase(word);
  const turkicC = lang !== null && LATIN_TURKIC.has(lang);
  const keys = stripForKey(lang, lower).map((s) => reduce(romanise(s, turkicC)));
  // A short stem may be the cut of a name's own last vowel (Şuşa → şuş): keep the whole word's key too.
  if (keys.some((k) => k.length < 5)) keys.push(reduce(romanise(lower, turkicC)));
  return [...new Set(keys)];
}

/**
 * The first letter of a word's keys, read as English/Russian and as Turkic Latin (c = j): from
 * its first four letters alone (the longest spelling of one sound, shch), so much cheaper than
 * its keys. Endings cut before keying never reach the first letter.
 */
export function keyInitials(word: string): string {
  return initials.get(word.slice(0, 4));
}

const initials = new Memo<string>(MEMO_SIZE, (start) => {
  const lower = lowerCase(start);
  return reduce(romanise(lower, false)).slice(0, 1) + reduce(romanise(lower, true)).slice(0, 1);
});

/**
 * The keys a query word can meet: its key read as English/Russian and as Turkic Latin
 * (c = j), bare and with the case ending of each language family cut.
 */
export function queryKeys(word: string): string[] {
  const lower = lowerCase(word);
  const keys = new Set([reduce(romanise(lower, false)), reduce(romanise(lower, true))].filter((k) => k.length >= 3));
  // A cut ending leaves a shorter word: keys under five letters would meet unrelated names (Türkiye → turk).
  for (const lang of ['ru', 'az', 'kk', 'uz']) {
    for (const stripped of stripForKey(lang, lower)) {
      for (const k of [reduce(romanise(stripped, false)), reduce(romanise(stripped, true))]) if (k.length >= 5) keys.add(k);
    }
  }
  return [...keys];
}
