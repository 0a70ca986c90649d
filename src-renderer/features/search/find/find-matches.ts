import { fold } from '@common/text/fold';

/** More matches than this are counted but not all drawn (a one-letter query in a long text). */
export const MAX_MATCHES = 5000;

/**
 * Every occurrence of the query in a text already folded with fold(): [start, end) offsets, which
 * are the original text's too (fold keeps lengths). Matching is case- and diacritic-blind the way
 * search is (turkiye finds Türkiye). Occurrences do not overlap.
 */
export function findMatches(foldedText: string, query: string, max = MAX_MATCHES): [number, number][] {
  const needle = fold(query);
  if (needle.trim() === '') return [];
  const out: [number, number][] = [];
  for (let at = foldedText.indexOf(needle); at !== -1 && out.length < max; at = foldedText.indexOf(needle, at + needle.length)) {
    out.push([at, at + needle.length]);
  }
  return out;
}

