import { fold } from '@common/text/fold';
import { tokenize } from './tokens';
import { expandTerm, termMatch, topLevel, type AliasLookup, type Expansion, type MatchLevel } from './expand';

// Any string a user types becomes a safe FTS5 MATCH expression (DESIGN §6): FTS5's own syntax
// is never exposed, every term is re-quoted from its folded word tokens, so quotes, brackets,
// `*`, `:`, `-`, NEAR and column names reach SQLite only as (quoted) words or not at all.

export const MAX_QUERY_CHARS = 1000;
export const MAX_TERMS = 32;

export type FilterKind = 'document' | 'annotation' | 'claim' | 'argument';

/** A word or phrase: its folded tokens (UNICODE61 words); `prefix` makes the last one a prefix. */
export interface QueryTerm {
  tokens: string[];
  /** As typed (name keys are made from the original letters). */
  raw: string;
  prefix: boolean;
  /** False for `=word`, `-word` and a search with expansion turned off: the word itself only. */
  expand: boolean;
  /** Its stems, name keys and aliases, once expanded. */
  expansion?: Expansion;
  /** Several words typed without quotes that name an alias group: its words match anywhere, in any form. */
  loose?: boolean;
}

export interface ParseOptions {
  /** Stems, name keys and aliases (default true); `=word` turns them off for one word. */
  expand?: boolean;
  aliases?: AliasLookup | null;
}

export interface QueryFilters {
  themes: string[];
  outlets: string[];
  kinds: FilterKind[];
  /** Dates as typed (YYYY, YYYY-MM or YYYY-MM-DD): before is exclusive, after excludes the whole period. */
  before: string | null;
  after: string | null;
}

export interface ParsedQuery {
  /** The FTS5 MATCH expression, or null when the query has no positive term (nothing to find). */
  match: string | null;
  /**
   * The expression at each level of reach, narrowest first, the last one `match`: every term as
   * written; then with stems; with name keys; with aliases (levels that add nothing left out).
   * A row ranks in the first level that matches it (search.ts), so an exact match ranks above
   * a stem match, which ranks above a transliteration, above an alias.
   */
  levels: string[];
  /** Positive terms, for highlighting hits in the original text. */
  terms: QueryTerm[];
  filters: QueryFilters;
  /** Parts of the query that were ignored, in words a person reads. */
  notices: string[];
  /** True when the query has no word at all (filters alone select by themselves). */
  wordless: boolean;
}

interface Item {
  term: QueryTerm;
  negated: boolean;
  or: boolean;
  /** A single word typed bare (no quotes, `=`, `-` or `*`): it may join its neighbours into an alias name. */
  bare: boolean;
}

const FILTER_KEYS = new Set(['theme', 'outlet', 'before', 'after', 'kind']);
const KIND_NAMES: Record<string, FilterKind> = {
  document: 'document',
  documents: 'document',
  doc: 'document',
  docs: 'document',
  passage: 'document',
  passages: 'document',
  annotation: 'annotation',
  annotations: 'annotation',
  claim: 'claim',
  claims: 'claim',
  argument: 'argument',
  arguments: 'argument',
};
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SPACE = /[\s()]/u;

/** Cuts over-long input at a word boundary, never inside a surrogate pair; drops control characters. */
function clean(input: string): string {
  // eslint-disable-next-line no-control-regex
  let s = input.replace(/[\u0000-\u001f\u007f]/g, ' ');
  if (s.length > MAX_QUERY_CHARS) {
    s = s.slice(0, MAX_QUERY_CHARS);
    const space = s.search(/\s\S*$/);
    if (space > MAX_QUERY_CHARS / 2) s = s.slice(0, space);
  }
  return s.replace(/[\ud800-\udbff]$/, '');
}


function applyFilter(filters: QueryFilters, notices: string[], key: string, raw: string): void {
  const value = raw.trim();
  if (!value) return void notices.push(`${key}: needs a value`);
  if (key === 'theme') filters.themes.push(value);
  else if (key === 'outlet') filters.outlets.push(value);
  else if (key === 'kind') {
    const kind = KIND_NAMES[value.toLowerCase()];
    if (kind) filters.kinds.push(kind);
    else notices.push(`kind:${value} is not a kind (document, annotation, claim, argument)`);
  } else if (!DATE.test(value)) notices.push(`${key}:${value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  else if (key === 'before') filters.before = value;
  else filters.after = value;
}

export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery {
  const expandAll = options.expand ?? true;
  const s = clean(input);
  const filters: QueryFilters = { themes: [], outlets: [], kinds: [], before: null, after: null };
  const notices: string[] = [];
  const items: Item[] = [];
  let pendingOr = false;
  let pendingNot = false;
  let i = 0;

  const readQuoted = (): string => {
    const close = s.indexOf('"', i + 1);
    const end = close === -1 ? s.length : close;
    const text = s.slice(i + 1, end);
    i = end + 1;
    return text;
  };
  const push = (text: string, negated: boolean, prefix: boolean, exact: boolean, quoted = false): void => {
    const tokens = tokenize(fold(text)).map((t) => t.text);
    if (tokens.length === 0) return;
    const no = negated || pendingNot;
    const term: QueryTerm = { tokens, raw: text, prefix, expand: expandAll && !exact && !no };
    if (term.expand) term.expansion = expandTerm(term, options.aliases ?? null);
    items.push({ term, negated: no, or: pendingOr, bare: term.expand && !prefix && !quoted && tokens.length === 1 });
    pendingOr = false;
    pendingNot = false;
  };

  while (i < s.length) {
    const ch = s[i]!;
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let exact = false;
    while (s[i] === '-' || s[i] === '=') {
      if (s[i] === '-') negated = true;
      else exact = true;
      i++;
    }
    if (s[i] === '"') {
      const text = readQuoted();
      let prefix = false;
      while (s[i] === '*') {
        prefix = true;
        i++;
      }
      push(text, negated, prefix, exact, true);
      continue;
    }
    const start = i;
    while (i < s.length && !SPACE.test(s[i]!) && s[i] !== '"') i++;
    const word = s.slice(start, i);
    const colon = word.indexOf(':');
    const key = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (FILTER_KEYS.has(key)) {
      const rest = word.slice(colon + 1);
      const value = rest === '' && s[i] === '"' ? readQuoted() : rest;
      if (negated || pendingNot) notices.push(`-${key}: (excluding by ${key}) is not supported; ignored`);
      else applyFilter(filters, notices, key, value);
      pendingNot = false;
      continue;
    }
    if (!negated && word === 'OR') {
      pendingOr = items.length > 0;
      continue;
    }
    if (!negated && word === 'AND') continue;
    if (!negated && word === 'NOT') {
      pendingNot = true;
      continue;
    }
    const prefix = /\*+$/.test(word);
    push(word, negated, prefix, exact);
  }

  if (options.aliases) joinAliasNames(items, options.aliases);
  if (items.length > MAX_TERMS) {
    notices.push(`only the first ${MAX_TERMS} words are searched`);
    items.length = MAX_TERMS;
  }
  const terms = items.filter((it) => !it.negated).map((it) => it.term);
  if (items.length > 0 && terms.length === 0) notices.push('only exclusions: add a word to search for');
  const top = Math.max(0, ...items.map((it) => topLevel(it.term))) as MatchLevel;
  const levels = [...new Set(([0, 1, 2, 3] as const).filter((l) => l <= top).map((l) => buildMatch(items, l)))].filter((m) => m !== null);
  return { match: levels.at(-1) ?? null, levels, terms, filters, notices, wordless: items.length === 0 };
}

/** Alias names of up to this many bare words are recognised in a query (longest first). */
const MAX_NAME_WORDS = 6;

/**
 * Runs of bare words that spell a name of an alias group become one term, so `Organization of
 * Turkic States` typed without quotes also finds ОТГ and Türk Devletleri Teşkilatı. The words
 * still match anywhere in the row, in any form, as they did one by one.
 */
function joinAliasNames(items: Item[], aliases: AliasLookup): void {
  for (let i = 0; i < items.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, items.length - i); n >= 2; n--) {
      const run = items.slice(i, i + n);
      if (!run.every((it, j) => it.bare && !it.negated && (j === 0 || !it.or))) continue;
      const tokens = run.map((it) => it.term.tokens[0]!);
      if (aliases(tokens.join(' ')).length === 0) continue;
      const term: QueryTerm = { tokens, raw: run.map((it) => it.term.raw).join(' '), prefix: false, expand: true, loose: true };
      term.expansion = expandTerm(term, aliases);
      items.splice(i, n, { term, negated: false, or: run[0]!.or, bare: false });
      break;
    }
  }
}

/** Terms AND-ed, `a OR b` grouped, exclusions NOT-ed: `(a AND (b OR c)) NOT (x OR y)`. */
function buildMatch(items: Item[], level: MatchLevel): string | null {
  const clauses: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let lastPositive = false;
  for (const it of items) {
    if (it.negated) {
      excluded.push(it.term);
      lastPositive = false;
    } else if (it.or && lastPositive) {
      clauses[clauses.length - 1]!.push(it.term);
    } else {
      clauses.push([it.term]);
      lastPositive = true;
    }
  }
  if (clauses.length === 0) return null;
  const at = (t: QueryTerm): string => termMatch(t, level);
  const positive = clauses.map((alts) => (alts.length === 1 ? at(alts[0]!) : `(${alts.map(at).join(' OR ')})`)).join(' AND ');
  return excluded.length ? `(${positive}) NOT (${excluded.map(at).join(' OR ')})` : positive;
}
