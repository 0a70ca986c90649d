import { detect } from 'tinyld';

// The language of a passage: the document's own `Language` metadata when it has one, else
// detected offline (tinyld ships its model in the package; nothing is downloaded).

const NAMES: Record<string, string> = {
  english: 'en',
  turkish: 'tr',
  türkçe: 'tr',
  azerbaijani: 'az',
  azərbaycan: 'az',
  russian: 'ru',
  русский: 'ru',
  kazakh: 'kk',
  қазақ: 'kk',
  uzbek: 'uz',
  kyrgyz: 'ky',
  kirghiz: 'ky',
  turkmen: 'tk',
  german: 'de',
  french: 'fr',
  georgian: 'ka',
  armenian: 'hy',
  persian: 'fa',
  arabic: 'ar',
  ukrainian: 'uk',
};

/** ISO 639-2 tags of the region's languages, as some sites write them. */
const THREE_LETTER: Record<string, string> = { aze: 'az', kaz: 'kk', rus: 'ru', tur: 'tr', eng: 'en', uzb: 'uz', kir: 'ky', tuk: 'tk' };

/** A two-letter code from metadata such as "en", "en-GB", "az-Latn-AZ", "Azerbaijani"; null when unknown. */
export function languageCode(value: string | null | undefined): string | null {
  const v = value?.trim().toLowerCase();
  if (!v) return null;
  const tag = /^([a-z]{2,3})(?:[-_].*)?$/.exec(v)?.[1];
  if (tag) return THREE_LETTER[tag] ?? tag;
  return NAMES[v] ?? null;
}

/** What the analysts' sources are written in: detection chooses among these only. */
const REGION = ['en', 'tr', 'az', 'ru', 'kk', 'uz', 'ky', 'tk', 'uk', 'de', 'fr', 'es', 'it', 'fa', 'ar', 'ka', 'hy', 'zh', 'hu'];

/** Text shorter than this is not detected: it takes its document's language. */
const MIN_DETECT_CHARS = 40;
/** Detection reads this much of a passage; more costs time and seldom changes the answer. */
const SAMPLE_CHARS = 600;

/** Schwa is written in Azerbaijani Latin and not in Turkish. */
const SCHWA = /[əƏ]/;

/** The detected language of a text, or `fallback` when it is too short or undecided. */
export function detectLanguage(text: string, fallback: string | null = null): string | null {
  if (text.length < MIN_DETECT_CHARS) return fallback;
  const sample = text.slice(0, SAMPLE_CHARS);
  const lang = detect(sample, { only: REGION });
  // tinyld has no Azerbaijani model: it calls Azerbaijani Turkish.
  if (lang === 'tr' && SCHWA.test(sample)) return 'az';
  return lang || fallback;
}

const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-zA-Z\u00c0-\u024f]/g;

/** The main script of a text, roughly: 'cyrillic', 'latin' or 'other'. */
export function scriptOf(text: string): 'cyrillic' | 'latin' | 'other' {
  const sample = text.slice(0, 400);
  const c = sample.match(CYRILLIC)?.length ?? 0;
  const l = sample.match(LATIN)?.length ?? 0;
  if (c === 0 && l === 0) return 'other';
  return c > l ? 'cyrillic' : 'latin';
}
