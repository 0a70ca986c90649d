import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery as parseWithExpansion } from '../../../../src-main/core/search/fts-query';

// The query language alone: expansion (stems, keys, aliases) is tested in expansion.test.ts.
// A word as written is matched in the text columns only ({body title}: never through the stems
// or keys a row holds); the expressions below are compared without that column filter.
const EXACT = '{body title} : ';
const parseQuery = (input: string): ReturnType<typeof parseWithExpansion> => {
  const parsed = parseWithExpansion(input, { expand: false });
  return { ...parsed, match: parsed.match?.replaceAll(EXACT, '') ?? null };
};

describe('parseQuery: any string → a safe FTS5 expression', () => {
  it('words are AND-ed, folded and quoted', () => {
    expect(parseQuery('Türkiye  ƏLİYEV').match).toBe('"turkiye" AND "aliyev"');
  });

  it('a word as written is looked for in the text columns alone, at one level', () => {
    const parsed = parseWithExpansion('gas "oil field" azer*', { expand: false });
    expect(parsed.match).toBe(`${EXACT}"gas" AND ${EXACT}"oil field" AND ${EXACT}"azer" *`);
    expect(parsed.levels).toEqual([parsed.match]);
  });

  it('"exact phrases", OR groups, exclusions and prefixes', () => {
    const q = parseQuery('"Turkic world" gas OR oil -Russia -"South Caucasus" azer*');
    expect(q.match).toBe('("turkic world" AND ("gas" OR "oil") AND "azer" *) NOT ("russia" OR "south caucasus")');
    expect(q.terms.map(({ tokens, prefix }) => ({ tokens, prefix }))).toEqual([
      { tokens: ['turkic', 'world'], prefix: false },
      { tokens: ['gas'], prefix: false },
      { tokens: ['oil'], prefix: false },
      { tokens: ['azer'], prefix: true },
    ]);
  });

  it('NOT word excludes it; AND is implicit; lowercase or is a word', () => {
    expect(parseQuery('gas NOT oil').match).toBe('("gas") NOT ("oil")');
    expect(parseQuery('gas AND oil or coal').match).toBe('"gas" AND "oil" AND "or" AND "coal"');
  });

  it('operators in odd places are dropped, not passed to SQLite', () => {
    expect(parseQuery('OR gas OR').match).toBe('"gas"');
    expect(parseQuery('AND NOT').match).toBeNull();
    expect(parseQuery('NEAR(gas oil, 3)').match).toBe('"near" AND "gas" AND "oil" AND "3"');
  });

  it('column names and other colons become plain words', () => {
    expect(parseQuery('title:gas body:oil').match).toBe('"title gas" AND "body oil"');
    expect(parseQuery('::: a:').match).toBe('"a"');
  });

  it('stray quotes, brackets, stars and dashes are harmless', () => {
    expect(parseQuery('"unclosed phrase').match).toBe('"unclosed phrase"');
    expect(parseQuery('")(*-"').match).toBeNull();
    expect(parseQuery('*** - -- ( ) "" *gas*').match).toBe('"gas" *');
    expect(parseQuery('re-ordered U.S.').match).toBe('"re ordered" AND "u s"');
    expect(parseQuery('say "he said ""no"""').match).toBe('"say" AND "he said" AND "no"');
  });

  it('a query of exclusions only has nothing to match', () => {
    const q = parseQuery('-gas -"oil field"');
    expect(q.match).toBeNull();
    expect(q.terms).toEqual([]);
    expect(q.notices).toEqual(['only exclusions: add a word to search for']);
  });

  it('inline filters, with quoted values, leave the words', () => {
    const q = parseQuery('gas outlet:"Anadolu Agency" theme:Energy before:2025-10 after:2020 kind:claims outlet:Trend');
    expect(q.match).toBe('"gas"');
    expect(q.filters).toEqual({
      themes: ['Energy'],
      outlets: ['Anadolu Agency', 'Trend'],
      kinds: ['claim'],
      before: '2025-10',
      after: '2020',
    });
    expect(q.notices).toEqual([]);
  });

  it('bad filter values are ignored with a notice', () => {
    const q = parseQuery('gas before:yesterday kind:tweet theme: -outlet:Trend');
    expect(q.match).toBe('"gas"');
    expect(q.filters).toMatchObject({ before: null, kinds: [], outlets: [] });
    expect(q.notices).toHaveLength(4);
  });

  it('long input is cut at a word boundary and to a bounded number of terms', () => {
    const long = parseQuery('word '.repeat(1000));
    expect(long.terms).toHaveLength(MAX_TERMS);
    expect(long.notices.join()).toMatch(/first 32 words/);
    const oneWord = parseQuery('x'.repeat(MAX_QUERY_CHARS * 3));
    expect(oneWord.terms[0]!.tokens[0]!.length).toBe(MAX_QUERY_CHARS);
    const astral = parseQuery(`a ${'😀'.repeat(MAX_QUERY_CHARS)}`);
    expect(astral.match).toBe('"a"');
  });

  it('control characters and emoji are separators', () => {
    expect(parseQuery('gas\u0000oil\u0007 😀coal').match).toBe('"gas" AND "oil" AND "coal"');
  });
});

describe('parseQuery: a name of several words typed bare', () => {
  const groups = [['organization of turkic states', 'ots', 'отг']];
  const aliases = (folded: string): string[] => groups.find((g) => g.includes(folded))?.filter((n) => n !== folded) ?? [];
  const terms = (input: string): string[] => parseWithExpansion(input, { aliases }).terms.map((t) => t.tokens.join(' '));

  it('becomes one term with the alias group, its words still loose', () => {
    const q = parseWithExpansion('summit Organization of Turkic States Gabala', { aliases });
    expect(q.terms.map((t) => t.tokens.join(' '))).toEqual(['summit', 'organization of turkic states', 'gabala']);
    const name = q.terms[1]!;
    expect(name.loose).toBe(true);
    expect(name.expansion!.aliases.map((a) => a.raw)).toEqual(['ots', 'отг']);
    expect(q.match).toMatch(/\("organization".* AND .*"turkic".* AND .*"states"/);
    expect(q.match).toContain('"отг"');
  });

  it('quoted, excluded, prefixed or OR-ed words and expansion off stay as typed', () => {
    expect(terms('"Organization of" Turkic States')).toEqual(['organization of', 'turkic', 'states']);
    expect(terms('Organization of Turkic States*')).toEqual(['organization', 'of', 'turkic', 'states']);
    expect(terms('Organization of OR Turkic States')).toEqual(['organization', 'of', 'turkic', 'states']);
    expect(parseWithExpansion('Organization -of Turkic States', { aliases }).terms.map((t) => t.tokens.join(' '))).toEqual(['organization', 'turkic', 'states']);
    expect(parseWithExpansion('Organization of Turkic States', { aliases, expand: false }).terms).toHaveLength(4);
  });
});
