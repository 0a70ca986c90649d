// The languages an analyst of the region picks from for a document (codes as the search index
// stores them), with their English names for labels.

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  tr: 'Turkish',
  az: 'Azerbaijani',
  ru: 'Russian',
  kk: 'Kazakh',
  uz: 'Uzbek',
  ky: 'Kyrgyz',
  tk: 'Turkmen',
  uk: 'Ukrainian',
  ka: 'Georgian',
  hy: 'Armenian',
  fa: 'Persian',
  ar: 'Arabic',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  hu: 'Hungarian',
  zh: 'Chinese',
};

/** "Azerbaijani" for az; the code itself for one not in the list; "unknown" for none. */
export const languageName = (code: string | null): string => (code ? (LANGUAGE_NAMES[code] ?? code) : 'unknown');
