import { tokenize } from '../search/tokens';
import { nameKeys } from './name-key';
import { stems } from './stem';

// What the search index holds beside a text's folded words: the stem of each word whose stem
// differs from it, and the name key of each capitalised word (names are capitalised in every
// language of the region; keying every word would double the index for no gain).

const UPPER = /\p{Lu}/u;

export interface IndexForms {
  stems: string;
  keys: string;
}

/** Stems and keys of a text; `folded` is fold(original), with the original's offsets. */
export function indexForms(original: string, folded: string, lang: string | null): IndexForms {
  const stemOut: string[] = [];
  const keyOut: string[] = [];
  for (const t of tokenize(folded)) {
    for (const s of stems(lang, t.text)) if (s !== t.text) stemOut.push(s);
    if (UPPER.test(original[t.start]!)) keyOut.push(...nameKeys(lang, original.slice(t.start, t.end)));
  }
  return { stems: stemOut.join(' '), keys: keyOut.join(' ') };
}
