import type { Project } from '../session';
import { reindex, type SearchRow } from '../search/index-writer';
import { prepared } from '../data/statements';

// An annotation is found by its quote and its note; it sits in the index under its
// document's outlet and date, so the search filters apply to it as to the document.

export interface IndexedAnnotation {
  id: number;
  document_id: number;
  start: number;
  exact: string;
  note_text: string;
  outlet_id: number | null;
  published: string | null;
}

/** The search row of an annotation: its quote and note, under its document's outlet and date. */
export const annotationSearchRow = (r: IndexedAnnotation): SearchRow => ({
  kind: 'annotation',
  refId: r.id,
  documentId: r.document_id,
  outletId: r.outlet_id,
  date: r.published,
  title: '',
  body: `${r.exact}\n${r.note_text}`,
  start: r.start,
});

export function indexAnnotation(p: Project, id: number): void {
  const r = prepared(p,
      `SELECT a.id, a.document_id, a.start, a.exact, a.note_text, d.outlet_id, d.published
       FROM annotations a JOIN documents d ON d.id = a.document_id WHERE a.id = ?`,
    )
    .get(id) as IndexedAnnotation;
  reindex(p, 'annotation', id, [annotationSearchRow(r)]);
}

/** Refreshes the index rows of every annotation of a document (after its outlet or date changed). */
export function indexAnnotationsOf(p: Project, documentId: number): void {
  const ids = prepared(p, 'SELECT id FROM annotations WHERE document_id = ?').all(documentId) as { id: number }[];
  for (const { id } of ids) indexAnnotation(p, id);
}
