import type { CslItem } from '@common/api/schemas/claims';
import type { OutletKind } from '@common/api/schemas/outlets';
import { notFound } from '../errors';
import type { Project } from '../session';

/** What a citation of a document is made of. */
export interface CitationSource {
  uid: string;
  title: string;
  author: string | null;
  published: string | null;
  url: string | null;
  retrievedAt: string | null;
  language: string | null;
  outlet: { name: string; kind: OutletKind } | null;
}

export function citationSource(p: Project, documentId: number): CitationSource {
  const r = p.db
    .prepare(
      `SELECT d.uid, d.title, d.author, d.published, d.url, d.retrieved_at, d.language, o.name AS outlet, o.kind
       FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?`,
    )
    .get(documentId) as
    | { uid: string; title: string; author: string | null; published: string | null; url: string | null; retrieved_at: string | null; language: string | null; outlet: string | null; kind: OutletKind | null }
    | undefined;
  if (!r) throw notFound('document', String(documentId));
  return {
    uid: r.uid,
    title: r.title,
    author: r.author,
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

type CslName = NonNullable<CslItem['author']>[number];
const PARTICLES = new Set(['al', 'bin', 'ibn', 'da', 'de', 'del', 'della', 'der', 'di', 'du', 'el', 'la', 'le', 'van', 'von', 'ter']);

function parseName(raw: string): CslName {
  const name = raw.trim();
  const comma = name.indexOf(',');
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.split(/\s+/);
  // One word is an organisation or a pen name: cite it as written.
  if (words.length < 2) return { literal: name };
  let split = words.length - 1;
  while (split > 1 && PARTICLES.has(words[split - 1]!.toLowerCase())) split--;
  return { family: words.slice(split).join(' '), given: words.slice(0, split).join(' ') };
}

/**
 * Authors as CSL names: "Leyla Məmmədova", "Məmmədova, Leyla", several joined by "and",
 * "&" or ";". Names are kept exactly as written (no transliteration, no case change).
 */
export function parseAuthors(author: string | null): CslName[] {
  if (!author?.trim()) return [];
  return author
    .split(/\s*[;&]\s*|\s+and\s+/)
    .filter((a) => a.trim())
    .map(parseName);
}

const MEDIA: ReadonlySet<OutletKind> = new Set(['news_agency', 'state_media', 'private_media']);
const ISSUERS: ReadonlySet<OutletKind> = new Set(['think_tank', 'government', 'ngo']);

/** CSL-JSON for a source: news outlets are newspapers, think tanks and the like publish reports. */
export function toCsl(s: CitationSource): CslItem {
  const kind = s.outlet?.kind;
  const item: CslItem = {
    id: s.uid,
    type: kind && MEDIA.has(kind) ? 'article-newspaper' : kind && ISSUERS.has(kind) ? 'report' : 'webpage',
    title: s.title,
  };
  const authors = parseAuthors(s.author);
  if (authors.length) item.author = authors;
  if (s.outlet) {
    if (kind && ISSUERS.has(kind)) item.publisher = s.outlet.name;
    else item['container-title'] = s.outlet.name;
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
