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
      return `{body title stems} : (${[w, ...st].map(quote).join(' OR ')})`;
    })
    .join(' AND ')})`;
}

/** How far a term reaches, best first: each level adds to the ones before (see MatchLevel). */
export const LEVELS = 4;
/** 0 the word itself, 1 with its stems, 2 with its name keys, 3 with its aliases. */
export type MatchLevel = 0 | 1 | 2 | 3;

/**
 * The word and its stems as one column filter: the word in any text column, or a stem in the
 * text or the stems column, or the word in the stems column (a word whose stem is the query
 * word). One filter reads the word's postings once, where separate phrases read them twice.
 */
function wordOrStems(t: QueryTerm, e: Pick<Expansion, 'stems'>): string {
  const forms = [...new Set([t.tokens[0]!, ...e.stems])];
  return `{body title stems} : (${forms.map(quote).join(' OR ')})`;
}

function alternatives(t: QueryTerm, e: Pick<Expansion, 'stems' | 'keys'>, level: MatchLevel, alias = false): string[] {
  const single = t.tokens.length === 1 && !t.prefix && t.expand;
  const out = [
    level >= 1 && single
      ? wordOrStems(t, e)
      : (alias || (t.loose && level >= 1)) && t.tokens.length > 1
        ? wordsOf(t)
        : `{body title} : ${phrase(t)}`,
  ];
  if (level >= 2 && e.keys.length) out.push(`{keys} : (${e.keys.map(quote).join(' OR ')})`);
  return out;
}

/** The FTS5 expression of a term with its expansion up to `level`: exact, stems, keys, aliases. */
export function termMatch(t: QueryTerm, level: MatchLevel = 3): string {
  const e = t.expansion ?? EMPTY;
  const alts = [...alternatives(t, e, level), ...(level >= 3 ? e.aliases.flatMap((a) => alternatives(a, a.expansion ?? EMPTY, 2, true)) : [])];
  return alts.length === 1 ? alts[0]! : `(${alts.join(' OR ')})`;
}

/** The highest level at which a term's expression grows: none above it adds a match. */
export function topLevel(t: QueryTerm): MatchLevel {
  const e = t.expansion;
  if (!e || !t.expand) return 0;
  if (e.aliases.length) return 3;
  if (e.keys.length) return 2;
  return t.tokens.length === 1 && !t.prefix ? 1 : 0;
}
