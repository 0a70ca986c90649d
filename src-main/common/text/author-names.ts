import { fold } from './fold';

// An author field holds people ("Leyla Məmmədova and Rauf Əliyev") or one organisation
// ("International Crisis Group", "Azernews analysis desk", "Organization for Security and
// Co-operation in Europe"). Citations write an organisation as one literal name; splitting it
// into given and family names gives "Group, I. C.". The analyst's choice is stored; where
// nobody chose, the kind is guessed from the words of the name.

export const AUTHOR_KINDS = ['person', 'organization'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** Words (folded) that name institutions, desks and agencies in the region's languages. */
const ORGANISATION_WORDS = new Set(
  [
    // English
    'agency', 'analysis', 'assembly', 'association', 'authority', 'bank', 'board', 'bureau', 'center', 'centre',
    'chamber', 'club', 'commission', 'committee', 'company', 'corporation', 'correspondents', 'council', 'court',
    'daily', 'delegation', 'department', 'desk', 'directorate', 'editorial', 'editors', 'embassy', 'federation',
    'forum', 'foundation', 'fund', 'gazette', 'government', 'group', 'herald', 'inc', 'initiative', 'institute',
    'institution', 'llc', 'ltd', 'media', 'ministry', 'mission', 'network', 'news', 'newsroom', 'observatory',
    'office', 'organisation', 'organization', 'parliament', 'press', 'presidency', 'program', 'programme',
    'project', 'radio', 'reporters', 'research', 'secretariat', 'service', 'society', 'team', 'television',
    'times', 'tribune', 'tv', 'union', 'university', 'watch', 'wire',
    // Turkish
    'ajans', 'ajansı', 'bakanlığı', 'başkanlığı', 'derneği', 'enstitüsü', 'haber', 'kurulu', 'masası', 'merkezi',
    'müdürlüğü', 'servisi', 'üniversitesi', 'vakfı',
    // Azerbaijani
    'agentliyi', 'institutu', 'komitəsi', 'mərkəzi', 'nazirliyi', 'redaksiyası', 'şöbəsi', 'universiteti', 'xidməti',
    // Uzbek
    'agentligi', 'instituti', 'vazirligi', 'xizmati',
    // Russian
    'агентство', 'группа', 'институт', 'комитет', 'министерство', 'отдел', 'пресс-служба', 'редакция', 'служба',
    'университет', 'фонд', 'центр',
    // Kazakh
    'агенттігі', 'институты', 'министрлігі', 'орталығы', 'қызметі', 'университеті',
  ].map((w) => fold(w)),
);

const words = (name: string): string[] => name.split(/[\s,;:/()]+/).filter(Boolean);

/**
 * Guesses whether a name is an organisation: an institution word ("Group", "desk", "Agentliyi",
 * "агентство"), an acronym of capitals ("OSCE", "AZERTAC"), or digits. Anything else is people.
 */
export function guessAuthorKind(name: string): AuthorKind {
  for (const w of words(name.normalize('NFC'))) {
    if (ORGANISATION_WORDS.has(fold(w).replace(/[.'’]+$/, ''))) return 'organization';
    // Three or more capitals and no lower-case letter: an acronym ("OSCE", "TRT"), not initials ("J. R.").
    if (/^\p{Lu}{3,}$/u.test(w.replace(/[-.&]/g, ''))) return 'organization';
    if (/\d/.test(w)) return 'organization';
  }
  return 'person';
}

export type AuthorName = { family: string; given?: string } | { literal: string };

const PARTICLES = new Set(['al', 'bin', 'ibn', 'da', 'de', 'del', 'della', 'der', 'di', 'du', 'el', 'la', 'le', 'van', 'von', 'ter']);

function personName(raw: string): AuthorName {
  const name = raw.trim();
  const comma = name.indexOf(',');
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const parts = name.split(/\s+/);
  // One word is a pen name or a mononym: cite it as written.
  if (parts.length < 2) return { literal: name };
  let split = parts.length - 1;
  while (split > 1 && PARTICLES.has(parts[split - 1]!.toLowerCase())) split--;
  return { family: parts.slice(split).join(' '), given: parts.slice(0, split).join(' ') };
}

/**
 * The names of an author field. People: "Leyla Məmmədova", "Məmmədova, Leyla", several joined
 * by "and", "&" or ";". An organisation is one literal name, "and" and all. Names are kept
 * exactly as written (no transliteration, no case change).
 */
export function authorNames(author: string | null, kind: AuthorKind | null = null): AuthorName[] {
  const text = author?.trim();
  if (!text) return [];
  if ((kind ?? guessAuthorKind(text)) === 'organization') return [{ literal: text.replace(/\s+/g, ' ') }];
  return text
    .split(/\s*[;&]\s*|\s+and\s+/)
    .filter((a) => a.trim())
    .map(personName);
}

/** A name as it reads in running text: "Leyla Məmmədova", "International Crisis Group". */
export const displayName = (n: AuthorName): string => ('literal' in n ? n.literal : [n.given, n.family].filter(Boolean).join(' '));
