import type { CslItem } from '@common/api/schemas/claims';
import type { OutletKind } from '@common/api/schemas/outlets';
import { authorNames, guessAuthorKind, type AuthorKind } from '@common/text/author-names';
import { notFound } from '../errors';
import type { Project } from '../session';
import { prepared } from '../data/statements';

/** What a citation of a document is made of. */
export interface CitationSource {
  uid: string;
  title: string;
  author: string | null;
  /** Person or organisation: the stored choice, else the guess from the name. */
  authorKind: AuthorKind;
  published: string | null;
  url: string | null;
  retrievedAt: string | null;
  language: string | null;
  outlet: { name: string; kind: OutletKind } | null;
}

export function citationSource(p: Project, documentId: number): CitationSource {
  const r = prepared(p,
      `SELECT d.uid, d.title, d.author, d.author_kind, d.published, d.url, d.retrieved_at, d.language, o.name AS outlet, o.kind
       FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?`,
    )
    .get(documentId) as
    | { uid: string; title: string; author: string | null; author_kind: AuthorKind | null; published: string | null; url: string | null; retrieved_at: string | null; language: string | null; outlet: string | null; kind: OutletKind | null }
    | undefined;
  if (!r) throw notFound('document', String(documentId));
  return {
    uid: r.uid,
    title: r.title,
    author: r.author,
    authorKind: r.author_kind ?? guessAuthorKind(r.author ?? ''),
    published: r.published,
    url: r.url,
    retrievedAt: r.retrieved_at,
    language: r.language,
    outlet: r.outlet ? { name: r.outlet, kind: r.kind ?? 'other' } : null,
  };
}

/** "2025" → [2025], "2025-10" → [2025, 10], "2025-10-07" or an ISO timestamp → [2025, 10, 7]. */
export function dateParts(date: string): number[] {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return [];
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}

const ISSUERS: ReadonlySet<string> = new Set(['think_tank', 'government', 'ngo']);

/** News agencies and every kind of media publish periodicals (newspapers, wires, sites of record). */
export const isPeriodical = (kind: OutletKind | undefined): boolean => !!kind && (kind === 'news_agency' || kind.endsWith('_media'));
/** Think tanks, governments and NGOs issue reports. */
export const isIssuer = (kind: OutletKind | undefined): boolean => !!kind && ISSUERS.has(kind);

/** The site a URL belongs to ("azernews.az"), the publisher of a source with no outlet recorded. */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/**
 * CSL-JSON for a source: news outlets are newspapers, think tanks and the like publish reports,
 * anything else is a web page of its outlet (or of its site, when no outlet is recorded).
 */
export function toCsl(s: CitationSource): CslItem {
  const kind = s.outlet?.kind;
  const item: CslItem = {
    id: s.uid,
    type: isPeriodical(kind) ? 'article-newspaper' : isIssuer(kind) ? 'report' : 'webpage',
    title: s.title,
  };
  const authors = authorNames(s.author, s.authorKind);
  if (authors.length) item.author = authors;
  const outlet = s.outlet?.name ?? siteOf(s.url);
  if (outlet) {
    if (isIssuer(kind)) item.publisher = outlet;
    else item['container-title'] = outlet;
  }
  const issued = s.published ? dateParts(s.published) : [];
  if (issued.length) item.issued = { 'date-parts': [issued] };
  const accessed = s.retrievedAt ? dateParts(s.retrievedAt) : [];
  if (accessed.length) item.accessed = { 'date-parts': [accessed] };
  if (s.url) item.URL = s.url;
  if (s.language) item.language = s.language;
  return item;
}

/** CSL-JSON of one document by row id (the export module builds BibTeX and CSL files from it). */
export const cslForDocument = (p: Project, documentId: number): CslItem => toCsl(citationSource(p, documentId));
