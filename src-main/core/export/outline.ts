import type { CitationSource } from '../citations/csl';
import { notesCitation } from '../citations/notes-style';
import type { ExportAnnotation, ExportBundle, ExportClaim, ExportDocument, ExportTheme } from './model';

// What Markdown, HTML and DOCX share: theme paths and tags, citations, footnote numbering and
// the grouping of annotations under their documents.

/** Each theme's names from the root down ("Security", "UAVs"). */
export function themePaths(themes: ExportTheme[]): Map<string, string[]> {
  const byUid = new Map(themes.map((t) => [t.uid, t]));
  const paths = new Map<string, string[]>();
  const pathOf = (uid: string, seen: Set<string>): string[] => {
    const known = paths.get(uid);
    if (known) return known;
    const t = byUid.get(uid);
    if (!t) return [];
    const parent = t.parentUid && !seen.has(t.parentUid) ? pathOf(t.parentUid, seen.add(uid)) : [];
    const path = [...parent, t.name];
    paths.set(uid, path);
    return path;
  };
  for (const t of themes) pathOf(t.uid, new Set());
  return paths;
}

// 'İ'.toLowerCase() is two code units (i + combining dot): map it first (STACK.md pitfall 3).
const lower = (s: string): string => s.replace(/İ/g, 'i').toLowerCase().normalize('NFC');

/** A tag segment as Obsidian accepts it: letters of any script, digits, _ and -; not only digits. */
export function tagSegment(name: string): string {
  const slug = lower(name)
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) return 'untitled';
  return /^\d+$/.test(slug) ? `_${slug}` : slug;
}

/** The nested tag of a theme path: ["Security", "UAVs"] → "security/uavs". */
export const tagOf = (path: string[]): string => path.map(tagSegment).join('/');

/** The claims core's view of a source, so citations read the same in the app and in exports. */
export const citationSourceOf = (d: ExportDocument): CitationSource => ({
  uid: d.uid,
  title: d.title,
  author: d.author,
  authorKind: d.authorKind,
  published: d.published,
  url: d.url,
  retrievedAt: d.retrievedAt,
  language: d.language,
  outlet: d.outlet ? { name: d.outlet, kind: d.outletKind ?? 'other' } : null,
});

/** A footnote citation of a source (the app's notes style): plain text. */
export const citation = (d: ExportDocument): string => notesCitation(citationSourceOf(d)).text;

/** The same citation as inline HTML (the outlet in italics), escaped. */
export const citationHtml = (d: ExportDocument): string => notesCitation(citationSourceOf(d)).html;

/**
 * Numbers footnotes in the order they are cited. In 'reuse' mode (Markdown, HTML) citing the
 * same key again reuses its number. In 'each' mode (Word) every reference gets a footnote of
 * its own, as Word and LibreOffice expect: the first citation of a key in full, a repeat of the
 * note just before as "Ibid.", any other repeat in its short form.
 */
export class Footnotes {
  readonly notes: { n: number; key: string; text: string }[] = [];
  #byKey = new Map<string, number>();
  constructor(readonly mode: 'reuse' | 'each' = 'reuse') {}
  cite(key: string, full: () => string, short: () => string = full): number {
    const known = this.#byKey.get(key);
    if (known !== undefined && this.mode === 'reuse') return known;
    const n = this.notes.length + 1;
    const text = known === undefined ? full() : this.notes.at(-1)?.key === key ? 'Ibid.' : short();
    if (known === undefined) this.#byKey.set(key, n);
    this.notes.push({ n, key, text });
    return n;
  }
}

/** A source's short form for repeated notes, Chicago's shortened note: Outlet, “Its first four words.” */
export function shortCitation(d: ExportDocument): string {
  const title = d.title.trim().split(/\s+/).slice(0, 4).join(' ').replace(/[.,;:]+$/, '');
  const who = d.outlet ?? (d.author?.trim() || null);
  return `${who ? `${who}, ` : ''}“${title}${/[?!]$/.test(title) ? '' : '.'}”`;
}

export interface DocumentSection {
  document: ExportDocument;
  annotations: ExportAnnotation[];
}

/** Documents with the annotations in scope, in the bundle's order; documents only cited by claims are left out. */
export function documentSections(b: ExportBundle): DocumentSection[] {
  const byDoc = new Map<string, ExportAnnotation[]>();
  for (const a of b.annotations) {
    const list = byDoc.get(a.documentUid) ?? [];
    list.push(a);
    byDoc.set(a.documentUid, list);
  }
  return b.documents
    .filter((d) => byDoc.has(d.uid) || d.uid === b.scope.documentUid)
    .map((d) => ({ document: d, annotations: byDoc.get(d.uid) ?? [] }));
}

/** How many different outlets back a claim (supporting evidence only). */
export function independentOutlets(c: ExportClaim, docs: Map<string, ExportDocument>): number {
  const outlets = new Set<string>();
  for (const e of c.evidence) {
    if (e.stance !== 'supports') continue;
    const d = docs.get(e.documentUid);
    outlets.add((d?.outlet ?? `document:${e.documentUid}`).toLowerCase());
  }
  return outlets.size;
}

export type Part = 'documents' | 'claims' | 'arguments';

/**
 * An argument export leads with the argument itself, whose reference list holds its claims
 * (each once); other scopes start with the annotated documents.
 */
export const partOrder = (b: ExportBundle): Part[] =>
  b.scope.kind === 'argument' ? ['arguments', 'documents'] : ['documents', 'claims', 'arguments'];

export const STANCE_LABEL = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' } as const;
export const STATUS_LABEL = { open: 'Open', corroborated: 'Corroborated', disputed: 'Disputed', refuted: 'Refuted' } as const;

export const exportTitle = (b: ExportBundle): string =>
  b.scope.kind === 'project' ? `${b.projectName} — notes` : `${b.projectName} — ${b.scope.label}`;

/** All tags an export uses, sorted, for front matter. */
export function allTags(b: ExportBundle, paths: Map<string, string[]>): string[] {
  const tags = new Set<string>();
  for (const a of b.annotations) for (const t of a.themeUids) tags.add(tagOf(paths.get(t) ?? []));
  tags.delete('');
  return [...tags].sort();
}
