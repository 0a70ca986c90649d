import { fold } from '@common/text/fold';
import { queryKeys } from '../text/name-key';
import { queryStems } from '../text/stem';
import { tokenize } from './tokens';
import type { QueryTerm } from './fts-query';

// A query word matches, best first: the word itself (column body/title), a word with one of its
// stems (column stems, or body/title where the stem is the word), a name with one of its keys
// (column keys), and the members of its alias groups. bm25 weighs the columns in that order
// (search.ts), and hits.ts says which of them matched.

/** The other names of a word or phrase (folded, words joined by one space), or none. */
export type AliasLookup = (folded: string) => string[];

export interface Expansion {
  stems: string[];
  keys: string[];
  /** Other names from the alias groups, as terms of their own (expanded, not aliased again). */
  aliases: QueryTerm[];
}

/** Key matching starts at this many letters: shorter keys (Baku → bak) meet too many words. */
const MIN_KEY_WORD = 4;

const EMPTY: Expansion = { stems: [], keys: [], aliases: [] };

function forms(term: QueryTerm): Pick<Expansion, 'stems' | 'keys'> {
  if (term.tokens.length !== 1 || term.prefix) return { stems: [], keys: [] };
  const word = term.tokens[0]!;
  const stems = queryStems(word).filter((s) => s !== word);
  const keys = [...word].length >= MIN_KEY_WORD ? queryKeys(term.raw) : [];
  return { stems, keys };
}

export function expandTerm(term: QueryTerm, aliases: AliasLookup | null): Expansion {
  if (!term.expand) return EMPTY;
  const others = aliases ? aliases(term.tokens.join(' ')) : [];
  return {
    ...forms(term),
    aliases: others.map((name) => {
      const t: QueryTerm = { tokens: tokenize(fold(name)).map((x) => x.text), raw: name, prefix: false, expand: true };
      // Other names by their keys only: their stems reach too far (Türkiye → türk, every Türk).
      return { ...t, expansion: { stems: [], keys: forms(t).keys, aliases: [] } };
    }),
  };
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const phrase = (t: QueryTerm): string => (t.prefix ? `${quote(t.tokens.join(' '))} *` : quote(t.tokens.join(' ')));

/**
 * A name of several words in an alias group: its words in any form, anywhere in the row (an
 * inflected phrase, Организации тюркских государств, has no exact form to match).
 */
function wordsOf(t: QueryTerm): string {
  return `(${t.tokens
    .map((w) => {
      const st = queryStems(w).filter((x) => x !== w);
      return st.length ? `("${w}" OR {body title stems} : (${[w, ...st].map(quote).join(' OR ')}))` : quote(w);
    })
    .join(' AND ')})`;
}

function alternatives(t: QueryTerm, e: Pick<Expansion, 'stems' | 'keys'>, alias = false): string[] {
  const out = [(alias || t.loose) && t.tokens.length > 1 ? wordsOf(t) : phrase(t)];
  if (e.stems.length) out.push(`{body title stems} : (${e.stems.map(quote).join(' OR ')})`);
  if (t.tokens.length === 1 && !t.prefix && t.expand) out.push(`{stems} : ${quote(t.tokens[0]!)}`);
  if (e.keys.length) out.push(`{keys} : (${e.keys.map(quote).join(' OR ')})`);
  return out;
}

/** The FTS5 expression of a term with its expansion: exact OR stems OR keys OR aliases. */
export function termMatch(t: QueryTerm): string {
  const e = t.expansion ?? EMPTY;
  const alts = [...alternatives(t, e), ...e.aliases.flatMap((a) => alternatives(a, a.expansion ?? EMPTY, true))];
  return alts.length === 1 ? alts[0]! : `(${alts.join(' OR ')})`;
}
