import snowball from 'snowball-stemmers';
import { stripTurkic, TURKIC_LANGUAGES, type TurkicLanguage } from './turkic-suffixes';
import { Memo } from './memo';

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

// Words repeat (Zipf): a bounded memo per language keeps indexing at one lookup per common word.
const MEMO_SIZE = 100_000;
const memos = new Map<string, Memo<string[]> | null>();
const DIGIT = /\d/;
const NONE: readonly string[] = [];

function memoFor(lang: string): Memo<string[]> | null {
  let memo = memos.get(lang);
  if (memo === undefined) {
    const stemmer = stemmerFor(lang);
    memo = stemmer ? new Memo<string[]>(MEMO_SIZE, (w) => (DIGIT.test(w) ? [w] : stemmer(w))) : null;
    memos.set(lang, memo);
  }
  return memo;
}

const changedMemos = new Map<string, Memo<readonly string[]>>();

/** The stems of a word that differ from it (none for most words of most languages): what the index writes. */
export function changedStems(lang: string | null, word: string): readonly string[] {
  if (!lang || word.length < 3) return NONE;
  let memo = changedMemos.get(lang);
  if (!memo) {
    memo = new Memo(MEMO_SIZE, (w) => {
      const changed = stems(lang, w).filter((s) => s !== w);
      return changed.length ? changed : NONE;
    });
    changedMemos.set(lang, memo);
  }
  return memo.get(word);
}

/**
 * The stems of a folded, lower-case word in `lang` (a two-letter code): one, or two for a
 * Turkic word its suffixes leave ambiguous; the word itself when the language has no stemmer.
 */
export function stems(lang: string | null, word: string): string[] {
  const memo = lang && word.length >= 3 ? memoFor(lang) : null;
  return memo ? memo.get(word) : [word];
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
