import type Database from 'better-sqlite3';
import type { SearchHit } from '../../common/api/schemas/search';
import type { SearchKind } from './index-writer';
import type { QueryTerm } from './fts-query';
import { prepared } from './statements';
import { hasHit, highlightAll, makeSnippet, type Snippet } from './snippet';

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
  uid: string;
  title: string;
  vid: number;
}

class HitLoader {
  readonly #texts = new Map<number, string>();
  readonly #outlets = new Map<number, string | null>();
  constructor(
    private readonly db: Database.Database,
    private readonly terms: QueryTerm[],
  ) {}

  #stmt(sql: string): Database.Statement {
    return prepared(this.db, sql);
  }

  #document(id: number | null): DocRow | undefined {
    if (id === null) return undefined;
    return this.#stmt(
      `SELECT d.uid, d.title, v.id AS vid FROM documents d
       JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version WHERE d.id = ?`,
    ).get(id) as DocRow | undefined;
  }

  #text(versionId: number): string {
    let text = this.#texts.get(versionId);
    if (text === undefined) {
      text = (this.#stmt('SELECT text FROM document_versions WHERE id = ?').get(versionId) as { text: string }).text;
      this.#texts.set(versionId, text);
    }
    return text;
  }

  outlet(id: number | null): string | null {
    if (id === null) return null;
    if (!this.#outlets.has(id)) {
      const row = this.#stmt('SELECT name FROM outlets WHERE id = ?').get(id) as { name: string } | undefined;
      this.#outlets.set(id, row?.name ?? null);
    }
    return this.#outlets.get(id) ?? null;
  }

  /** The first field with a hit (else the first field) as a snippet. */
  #pick(fields: [string, number | null][]): { snippet: Snippet; base: number | null } {
    const [text, base] = fields.find(([t]) => hasHit(t, this.terms)) ?? fields[0]!;
    return { snippet: makeSnippet(text, this.terms), base };
  }

  owner(r: ItemRow): Owner | undefined {
    switch (r.kind) {
      case 'document': {
        const d = this.#document(r.ref_id);
        if (!d) return undefined;
        const snippet = makeSnippet(this.#text(d.vid).slice(0, LEAD_CHARS), this.terms);
        return { uid: d.uid, documentUid: d.uid, title: d.title, snippet, base: 0 };
      }
      case 'passage': {
        const d = this.#document(r.document_id);
        const b = this.#stmt('SELECT start, "end", version_id FROM blocks WHERE id = ?').get(r.ref_id) as
          | { start: number; end: number; version_id: number }
          | undefined;
        if (!d || !b) return undefined;
        const snippet = makeSnippet(this.#text(b.version_id).slice(b.start, b.end), this.terms);
        return { uid: d.uid, documentUid: d.uid, title: d.title, snippet, base: b.start };
      }
      case 'annotation': {
        const a = this.#stmt('SELECT uid, document_id, start, exact, note_text FROM annotations WHERE id = ?').get(r.ref_id) as
          | { uid: string; document_id: number; start: number; exact: string; note_text: string }
          | undefined;
        const d = a && this.#document(a.document_id);
        if (!a || !d) return undefined;
        const picked = this.#pick([
          [a.exact, a.start],
          [a.note_text, null],
        ]);
        return { uid: a.uid, documentUid: d.uid, title: d.title, ...picked };
      }
      case 'claim': {
        const c = this.#stmt('SELECT uid, statement, notes FROM claims WHERE id = ?').get(r.ref_id) as
          | { uid: string; statement: string; notes: string }
          | undefined;
        if (!c) return undefined;
        const picked = this.#pick([
          [c.statement, null],
          [c.notes, null],
        ]);
        return { uid: c.uid, documentUid: null, title: c.statement, ...picked };
      }
      case 'argument': {
        const a = this.#stmt('SELECT uid, title, thesis, body_text FROM arguments WHERE id = ?').get(r.ref_id) as
          | { uid: string; title: string; thesis: string; body_text: string }
          | undefined;
        if (!a) return undefined;
        const picked = this.#pick([
          [a.body_text, null],
          [a.thesis, null],
        ]);
        return { uid: a.uid, documentUid: null, title: a.title, ...picked };
      }
    }
  }
}

/** Search hits for index rows, in their order; rows whose owner is gone are left out. */
export function loadHits(db: Database.Database, rows: ItemRow[], terms: QueryTerm[]): SearchHit[] {
  const loader = new HitLoader(db, terms);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const o = loader.owner(r);
    if (!o) continue;
    hits.push({
      kind: r.kind,
      uid: o.uid,
      documentUid: o.documentUid,
      title: o.title,
      titleHighlights: highlightAll(o.title, terms),
      snippet: o.snippet.text,
      highlights: o.snippet.highlights,
      truncatedStart: o.snippet.truncatedStart,
      truncatedEnd: o.snippet.truncatedEnd,
      offset: o.base === null ? null : o.base + o.snippet.start,
      outlet: loader.outlet(r.outlet_id),
      date: r.date,
      credibility: r.credibility,
      score: r.score,
    });
  }
  return hits;
}
