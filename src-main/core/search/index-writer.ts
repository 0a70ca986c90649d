import type { Project } from '../session';
import { fold } from '@common/text/fold';
import { detectLanguage, scriptOf } from '../text/language';
import { IndexForms } from '../text/index-forms';
import { prepared, preparedValue } from '../data/statements';

// Every write that changes searchable text calls one of these inside its own transaction,
// so the index never drifts from the data. Text is folded here, in TypeScript (DESIGN §6).

export type SearchKind = 'document' | 'passage' | 'annotation' | 'claim' | 'argument';

export interface SearchRow {
  kind: SearchKind;
  refId: number;
  documentId?: number | null;
  outletId?: number | null;
  date?: string | null;
  credibility?: number | null;
  start?: number | null;
  title: string;
  body: string;
  /** The text's language (two-letter code); detected from the text when undefined. */
  lang?: string | null;
}

/**
 * The language of rows that do not say: a document's title and passages take the language
 * detected once for all of them (a passage in another script is detected by itself, as
 * indexDocument does); other rows are detected one by one.
 */
function languages(rows: SearchRow[]): (r: SearchRow) => string | null {
  const docs = new Map<number, { lang: string | null; script: string }>();
  return (r) => {
    if (r.lang !== undefined) return r.lang;
    const text = r.body || r.title;
    if (r.documentId == null || (r.kind !== 'passage' && r.kind !== 'document')) return detectLanguage(text);
    let d = docs.get(r.documentId);
    if (!d) {
      const sample = rows
        .filter((x) => x.documentId === r.documentId)
        .map((x) => x.body || x.title)
        .join('\n')
        .slice(0, 2000);
      d = { lang: detectLanguage(sample), script: scriptOf(sample) };
      docs.set(r.documentId, d);
    }
    return scriptOf(text) === d.script ? d.lang : detectLanguage(text, d.lang);
  };
}

export function indexRows(p: Project, rows: SearchRow[]): void {
  const langOf = languages(rows);
  const item = prepared(
    p,
    `INSERT INTO search_items (kind, ref_id, document_id, outlet_id, date, credibility, start, lang)
     VALUES (@kind, @refId, @documentId, @outletId, @date, @credibility, @start, @lang)`,
  );
  const fts = prepared(p, 'INSERT INTO search_fts (rowid, title, body, stems, keys) VALUES (?, ?, ?, ?, ?)');
  for (const r of rows) {
    const lang = langOf(r);
    const title = fold(r.title);
    const body = fold(r.body);
    const forms = new IndexForms().add(r.title, title, lang).add(r.body, body, lang);
    const { lastInsertRowid } = item.run({
      kind: r.kind,
      refId: r.refId,
      documentId: r.documentId ?? null,
      outletId: r.outletId ?? null,
      date: r.date ?? null,
      credibility: r.credibility ?? null,
      start: r.start ?? null,
      lang,
    });
    fts.run(lastInsertRowid, title, body, forms.stems, forms.keys);
  }
}

/** Removes the index rows of items (by kind and ref id, or every row of a document). */
export function unindex(p: Project, where: { kind: SearchKind; refId: number } | { documentId: number }): void {
  const ids =
    'documentId' in where
      ? (preparedValue(p, "SELECT id FROM search_items WHERE document_id = ? AND kind IN ('document', 'passage')").all(where.documentId) as number[])
      : (preparedValue(p, 'SELECT id FROM search_items WHERE kind = ? AND ref_id = ?').all(where.kind, where.refId) as number[]);
  const delFts = prepared(p, 'DELETE FROM search_fts WHERE rowid = ?');
  const delItem = prepared(p, 'DELETE FROM search_items WHERE id = ?');
  for (const id of ids) {
    delFts.run(id);
    delItem.run(id);
  }
}

export function reindex(p: Project, kind: SearchKind, refId: number, rows: SearchRow[]): void {
  unindex(p, { kind, refId });
  indexRows(p, rows);
}
