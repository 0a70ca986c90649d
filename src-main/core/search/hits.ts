import type { Project } from '../session';
import type { SearchHit } from '@common/api/schemas/search';
import type { SearchKind } from './index-writer';
import type { QueryTerm } from './fts-query';
import { prepared } from '../data/statements';
import { sliceUtf8 } from './utf8-slice';
import { hasHit, highlightAll, makeSnippet, type Snippet } from './snippet';
import { MATCH_KINDS } from './term-match';

// The index is contentless: a hit's text comes from the table that owns the item, and the
// highlights are recomputed on that original text (see snippet.ts).

export interface ItemRow {
  id: number;
  kind: SearchKind;
  ref_id: number;
  document_id: number | null;
  outlet_id: number | null;
  date: string | null;
  credibility: number | null;
  start: number | null;
  lang: string | null;
  score: number | null;
}

/** How much of a document's text a title hit shows. */
const LEAD_CHARS = 1000;

interface Owner {
  uid: string;
  documentUid: string | null;
  title: string;
  snippet: Snippet;
  /** Where the snippet's field starts in the document text, when it is document text. */
  base: number | null;
}

interface DocRow {
  id: number;
  uid: string;
  title: string;
}
interface LeadRow extends DocRow {
  text: string;
}
interface BlockRow extends DocRow {
  start: number;
  end: number;
  /** The whole version text, undecoded (see utf8-slice.ts). */
  utf8: Buffer;
}
interface AnnotationRow {
  id: number;
  uid: string;
  document_id: number;
  start: number;
  exact: string;
  note_text: string;
}
interface ClaimRow {
  id: number;
  uid: string;
  statement: string;
  notes: string;
}
interface ArgumentRow {
  id: number;
  uid: string;
  title: string;
  thesis: string;
  body_text: string;
}

const IDS = 'IN (SELECT value FROM json_each(?))';

/**
 * Loads the owners of a page of rows with one query per table (not one per hit), so a page
 * costs a handful of statements and SQLite visits each table's pages in key order.
 */
class HitLoader {
  readonly #docs: Map<number, DocRow>;
  readonly #blocks: Map<number, BlockRow>;
  readonly #annotations: Map<number, AnnotationRow>;
  readonly #claims: Map<number, ClaimRow>;
  readonly #arguments: Map<number, ArgumentRow>;
  readonly #leads: Map<number, LeadRow>;
  readonly #outlets: Map<number, string>;

  constructor(
    p: Project,
    rows: ItemRow[],
    private readonly terms: QueryTerm[],
  ) {
    const refs = (kind: SearchKind): number[] => rows.filter((r) => r.kind === kind).map((r) => r.ref_id);
    const byId = <T extends { id: number }>(sql: string, ids: number[]): Map<number, T> =>
      new Map(ids.length ? (prepared(p, sql).all(JSON.stringify([...new Set(ids)])) as T[]).map((r) => [r.id, r]) : []);
    this.#annotations = byId(`SELECT id, uid, document_id, start, exact, note_text FROM annotations WHERE id ${IDS}`, refs('annotation'));
    this.#claims = byId(`SELECT id, uid, statement, notes FROM claims WHERE id ${IDS}`, refs('claim'));
    this.#arguments = byId(`SELECT id, uid, title, thesis, body_text FROM arguments WHERE id ${IDS}`, refs('argument'));
    this.#blocks = byId(
      `SELECT b.id, b.start, b."end", CAST(v.text AS BLOB) AS utf8, d.uid, d.title FROM blocks b
       JOIN document_versions v ON v.id = b.version_id JOIN documents d ON d.id = v.document_id WHERE b.id ${IDS}`,
      refs('passage'),
    );
    const annotated = [...this.#annotations.values()].map((a) => a.document_id);
    this.#docs = byId(`SELECT id, uid, title FROM documents WHERE id ${IDS}`, annotated);
    // The first LEAD_CHARS code points hold at least the first LEAD_CHARS UTF-16 units.
    this.#leads = byId(
      `SELECT d.id, d.uid, d.title, substr(v.text, 1, ${LEAD_CHARS}) AS text FROM documents d
       JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version WHERE d.id ${IDS}`,
      refs('document'),
    );
    const outlets = byId<{ id: number; name: string }>(`SELECT id, name FROM outlets WHERE id ${IDS}`, rows.flatMap((r) => r.outlet_id ?? []));
    this.#outlets = new Map([...outlets].map(([id, r]) => [id, r.name]));
  }

  outlet(id: number | null): string | null {
    return id === null ? null : (this.#outlets.get(id) ?? null);
  }

  /** The first field with a hit (else the first field) as a snippet. */
  #pick(fields: [string, number | null][], lang: string | null): { snippet: Snippet; base: number | null } {
    const [text, base] = fields.find(([t]) => hasHit(t, this.terms, lang)) ?? fields[0]!;
    return { snippet: makeSnippet(text, this.terms, lang), base };
  }

  owner(r: ItemRow): Owner | undefined {
    const lang = r.lang;
    switch (r.kind) {
      case 'document': {
        const d = this.#leads.get(r.ref_id);
        if (!d) return undefined;
        return { uid: d.uid, documentUid: d.uid, title: d.title, snippet: makeSnippet(d.text.slice(0, LEAD_CHARS), this.terms, lang), base: 0 };
      }
      case 'passage': {
        const b = this.#blocks.get(r.ref_id);
        if (!b) return undefined;
        return { uid: b.uid, documentUid: b.uid, title: b.title, snippet: makeSnippet(sliceUtf8(b.utf8, b.start, b.end), this.terms, lang), base: b.start };
      }
      case 'annotation': {
        const a = this.#annotations.get(r.ref_id);
        const d = a && this.#docs.get(a.document_id);
        if (!a || !d) return undefined;
        const picked = this.#pick([
          [a.exact, a.start],
          [a.note_text, null],
        ], lang);
        return { uid: a.uid, documentUid: d.uid, title: d.title, ...picked };
      }
      case 'claim': {
        const c = this.#claims.get(r.ref_id);
        if (!c) return undefined;
        const picked = this.#pick([
          [c.statement, null],
          [c.notes, null],
        ], lang);
        return { uid: c.uid, documentUid: null, title: c.statement, ...picked };
      }
      case 'argument': {
        const a = this.#arguments.get(r.ref_id);
        if (!a) return undefined;
        const picked = this.#pick([
          [a.body_text, null],
          [a.thesis, null],
        ], lang);
        return { uid: a.uid, documentUid: null, title: a.title, ...picked };
      }
    }
  }
}

/** Search hits for index rows, in their order; rows whose owner is gone are left out. */
export function loadHits(p: Project, rows: ItemRow[], terms: QueryTerm[]): SearchHit[] {
  const loader = new HitLoader(p, rows, terms);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const o = loader.owner(r);
    if (!o) continue;
    const title = highlightAll(o.title, terms, r.lang);
    hits.push({
      kind: r.kind,
      uid: o.uid,
      documentUid: o.documentUid,
      title: o.title,
      titleHighlights: title.ranges,
      matchedBy: MATCH_KINDS.filter((k) => title.how.includes(k) || o.snippet.how.includes(k)),
      snippet: o.snippet.text,
      highlights: o.snippet.highlights,
      truncatedStart: o.snippet.truncatedStart,
      truncatedEnd: o.snippet.truncatedEnd,
      offset: o.base === null ? null : o.base + o.snippet.start,
      outlet: loader.outlet(r.outlet_id),
      date: r.date,
      credibility: r.credibility,
      score: r.score,
      lang: r.lang,
    });
  }
  return hits;
}
