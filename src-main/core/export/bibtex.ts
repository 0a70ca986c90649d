import { authorNames, type AuthorName } from '@common/text/author-names';
import { fold } from '@common/text/fold';
import { dateParts, isPeriodical, siteOf, type CitationSource } from '../citations/csl';
import type { ExportBundle } from './model';
import { citationSourceOf } from './outline';

// BibTeX and BibLaTeX written by hand rather than through citation-js, whose entries broke
// LaTeX builds (raw URLs in howpublished, "month = {oct 7}", split non-ASCII words, organisations
// turned into people). What every entry carries:
//   - the outlet: journal (BibTeX) / journaltitle (BibLaTeX) for periodicals, organization
//     (and howpublished, which plain.bst prints) otherwise, the site's name when no outlet is known;
//   - the URL in `url` only, escaped so neither BibTeX nor LaTeX reads it as markup;
//   - dates as year + month macro + day (BibTeX) or an ISO `date` (BibLaTeX);
//   - titles with every word that carries a capital braced whole ({Bakı}, {OTS}), so styles
//     that lower-case titles keep names and acronyms as written;
//   - an organisation author as one braced name ({{International Crisis Group}});
//   - an ASCII key from the author or outlet, the year and a title word, stable across exports.
// BibTeX entries without an author are @misc with a sort `key`, so plain and alpha never warn
// "need author or key".

export type BibDialect = 'bibtex' | 'biblatex';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

const escapeLatex = (s: string): string => s.replace(/[\\{}&%$#_^~]/g, (c) => LATEX_SPECIAL[c]!);

/** Text for a BibTeX field: one line, LaTeX's special characters escaped, braces kept balanced. */
export const bibText = (s: string): string => escapeLatex(s.replace(/\s+/g, ' ').trim());

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/**
 * A title whose capitalised words keep their case in styles that lower-case titles: each word
 * with a capital (after the title's first letter) is braced whole, "{Bakı}" and never "{Bak}ı".
 */
export function protectCase(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  let out = '';
  let at = 0;
  for (const m of title.matchAll(WORD)) {
    const word = m[0].replace(/[.'’-]+$/, '');
    const capitals = [...word].filter((ch, i) => /\p{Lu}/u.test(ch) && (m.index > 0 || i > 0)).length;
    out += escapeLatex(title.slice(at, m.index));
    out += capitals ? `{${escapeLatex(word)}}` : escapeLatex(word);
    at = m.index + word.length;
  }
  return out + escapeLatex(title.slice(at));
}

/** URLs stay verbatim for \url and biber; what would break the entry or LaTeX is percent-encoded or escaped. */
export const bibUrl = (url: string): string =>
  url
    .trim()
    .replace(/[\s{}\\"]/g, (c) => encodeURIComponent(c))
    .replace(/[%#]/g, '\\$&');

function nameField(names: AuthorName[]): string {
  return names
    .map((n) => ('literal' in n ? `{${bibText(n.literal)}}` : n.given ? `${bibText(n.family)}, ${bibText(n.given)}` : bibText(n.family)))
    .join(' and ');
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y',
  э: 'e', ю: 'iu', я: 'ia',
};

/** Lower-case ASCII letters and digits only: Turkic letters folded, Cyrillic transliterated. */
const asciiWord = (s: string): string =>
  fold(s)
    .normalize('NFD')
    .replace(/[\u0430-\u044f]/g, (c) => CYRILLIC[c] ?? '')
    .replace(/[^a-z0-9]+/g, '');

/** "mammadova2025zangezur", "internationalcrisi2024bridges", "azertac2025gabala". */
function keyBase(s: CitationSource, names: AuthorName[], outlet: string | null): string {
  const first = names[0];
  const who = first ? ('literal' in first ? first.literal : first.family) : (outlet ?? '');
  const year = s.published ? (dateParts(s.published)[0] ?? '') : '';
  const word = s.title.split(/\s+/).map(asciiWord).find((w) => w.length > 3) ?? '';
  return `${asciiWord(who).slice(0, 20) || 'source'}${year}${word.slice(0, 12)}`;
}

interface Entry {
  type: string;
  fields: [string, string | null | undefined][];
}

function entryOf(s: CitationSource, dialect: BibDialect): Entry {
  const names = authorNames(s.author, s.authorKind);
  const outlet = s.outlet?.name ?? siteOf(s.url);
  const periodical = isPeriodical(s.outlet?.kind);
  const [y, m, d] = s.published ? dateParts(s.published) : [];
  const fields: Entry['fields'] = [
    ['author', names.length ? nameField(names) : null],
    ['title', protectCase(s.title)],
  ];
  if (dialect === 'biblatex') {
    const iso = s.published ? s.published.slice(0, 10) : null;
    fields.push(
      [periodical ? 'journaltitle' : 'organization', outlet && bibText(outlet)],
      ['date', iso && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) ? iso : null],
      ['url', s.url && bibUrl(s.url)],
      ['urldate', s.url && s.retrievedAt ? s.retrievedAt.slice(0, 10) : null],
    );
    return { type: periodical ? 'article' : 'online', fields };
  }
  // @article needs an author in plain.bst; without one the outlet also goes where @misc prints it.
  const article = periodical && names.length > 0;
  fields.push(
    [periodical ? 'journal' : 'organization', outlet && bibText(outlet)],
    ['howpublished', !article && outlet ? bibText(outlet) : null],
    ['key', !names.length && outlet ? bibText(outlet) : null],
    ['year', y !== undefined ? String(y) : null],
    // month is a macro (oct), not text: it is written without braces.
    ['month', m !== undefined ? `\u0000${MONTHS[m - 1]}` : null],
    ['day', d !== undefined ? String(d) : null],
    ['url', s.url && bibUrl(s.url)],
  );
  return { type: article ? 'article' : 'misc', fields };
}

function write(key: string, e: Entry): string {
  const lines = e.fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => (v.startsWith('\u0000') ? `  ${k} = ${v.slice(1)}` : `  ${k} = {${v}}`));
  return `@${e.type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/** The sources of an export as a .bib file, one entry per document, in the bundle's order. */
export function toBib(b: ExportBundle, dialect: BibDialect): string {
  const used = new Map<string, number>();
  return b.documents
    .map((doc) => {
      const s = citationSourceOf(doc);
      const base = keyBase(s, authorNames(s.author, s.authorKind), s.outlet?.name ?? siteOf(s.url));
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      // Later sources with the same base get a, b, c … in the bundle's stable order.
      const key = n === 1 ? base : `${base}${n <= 26 ? String.fromCharCode(95 + n) : n}`;
      return write(key, entryOf(s, dialect));
    })
    .join('\n');
}
