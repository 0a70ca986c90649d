import snowball from 'snowball-stemmers';
import { stripTurkic, TURKIC_LANGUAGES, type TurkicLanguage } from './turkic-suffixes';

// The stem of a folded word in a language: Snowball where it has the language, the light
// Turkic strippers for Azerbaijani, Kazakh, Uzbek, Kyrgyz and Turkmen, the word itself otherwise.

const SNOWBALL: Record<string, string> = {
  en: 'english',
  tr: 'turkish',
  ru: 'russian',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  sv: 'swedish',
  no: 'norwegian',
  da: 'danish',
  fi: 'finnish',
  hu: 'hungarian',
  ro: 'romanian',
  cs: 'czech',
  ar: 'arabic',
  hy: 'armenian',
};

type Stemmer = (word: string) => string[];
const stemmers = new Map<string, Stemmer>();

function stemmerFor(lang: string): Stemmer | null {
  let s = stemmers.get(lang);
  if (s) return s;
  if ((TURKIC_LANGUAGES as string[]).includes(lang)) s = (w) => stripTurkic(lang as TurkicLanguage, w);
  else if (SNOWBALL[lang]) {
    const algo = snowball.newStemmer(SNOWBALL[lang]);
    s = (w) => [algo.stem(w)];
  } else return null;
  stemmers.set(lang, s);
  return s;
}

/** Languages a word is stemmed in. */
export const STEMMED_LANGUAGES = [...Object.keys(SNOWBALL), ...TURKIC_LANGUAGES];

// Words repeat (Zipf): a bounded cache per language keeps indexing at one lookup per common word.
const CACHE_LIMIT = 50_000;
const caches = new Map<string, Map<string, string[]>>();

/**
 * The stems of a folded, lower-case word in `lang` (a two-letter code): one, or two for a
 * Turkic word its suffixes leave ambiguous; the word itself when the language has no stemmer.
 */
export function stems(lang: string | null, word: string): string[] {
  if (!lang || word.length < 3 || /\d/.test(word)) return [word];
  const stemmer = stemmerFor(lang);
  if (!stemmer) return [word];
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_QUERY_LANGUAGES = ['en', 'tr', 'de', 'fr', 'az', 'uz', 'tk'];
const CYRILLIC_QUERY_LANGUAGES = ['ru', 'kk', 'ky'];

/**
 * The stems a query word can meet in passages of any language: the word's stem in each language
 * of its script, and the word itself (Snowball's Russian stems саммит to самм but саммита to
 * саммит, so a query matches words whose stem is the query word too).
 */
export function queryStems(word: string): string[] {
  const langs = CYRILLIC.test(word) ? CYRILLIC_QUERY_LANGUAGES : LATIN_QUERY_LANGUAGES;
  return [...new Set([word, ...langs.flatMap((l) => stems(l, word))])];
}
