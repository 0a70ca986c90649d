import { nameKeys } from './name-key';
import { changedStems } from './stem';
import { WORD_SOURCE } from '../search/tokens';

// What the search index holds beside a text's folded words: the stem of each word whose stem
// differs from it, and the name key of each capitalised word (names are capitalised in every
// language of the region; keying every word would double the index for no gain). Each form is
// written once per row: these columns are matched word by word, never as phrases, so their
// positions and repeats would only grow the index (and bm25 weighs them low anyway).

const UPPER = /\p{Lu}/u;
const WORD = new RegExp(WORD_SOURCE, 'gu');

export class IndexForms {
  readonly #stems = new Set<string>();
  readonly #keys = new Set<string>();

  /** Adds the forms of a text; `folded` is fold(original), with the original's offsets. */
  add(original: string, folded: string, lang: string | null): this {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
      const word = m[0];
      const at = m.index;
      for (const s of changedStems(lang, word)) this.#stems.add(s);
      // Lower case and caseless scripts (unchanged by folding) skip the Unicode class test.
      if (original.charCodeAt(at) !== folded.charCodeAt(at) && UPPER.test(original[at]!)) {
        for (const k of nameKeys(lang, original.slice(at, at + word.length))) this.#keys.add(k);
      }
    }
    return this;
  }

  get stems(): string {
    return [...this.#stems].join(' ');
  }

  get keys(): string {
    return [...this.#keys].join(' ');
  }
}
