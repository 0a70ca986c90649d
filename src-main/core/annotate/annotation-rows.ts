import type { Annotation, AnnotationPage, AnnotationQuery, AnchorStatus } from '@common/api/schemas/annotations';
import { resolveRef } from '../data/resolve';
import { prepared } from '../data/statements';
import { Where } from '../data/where';
import type { Project } from '../session';

// The read side: rows to DTOs, one annotation, and the lists (per document, across the
// project by theme, by anchor status) with paging.

/** An annotations row as stored. */
export interface StoredAnnotationRow {
  id: number;
  uid: string;
  document_id: number;
  version: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  note_text: string;
  anchor_status: AnchorStatus;
  created_at: string;
  updated_at: string;
}

export interface AnnotationRow extends StoredAnnotationRow {
  document_uid: string;
  document_title: string;
  outlet: string | null;
  evidence_count: number;
}

const FROM = `FROM annotations a JOIN documents d ON d.id = a.document_id LEFT JOIN outlets o ON o.id = d.outlet_id`;
const SELECT = `SELECT a.*, d.uid AS document_uid, d.title AS document_title, o.name AS outlet,
  (SELECT count(*) FROM claim_evidence ce WHERE ce.annotation_id = a.id) AS evidence_count ${FROM}`;

type ThemeLink = Annotation['themes'][number] & { annotation_id: number };

function themesOf(p: Project, ids: number[]): Map<number, Annotation['themes']> {
  const links = prepared(p,
      `SELECT at.annotation_id, t.uid, t.name, t.color FROM annotation_themes at JOIN themes t ON t.id = at.theme_id
       WHERE at.annotation_id IN (SELECT value FROM json_each(?)) ORDER BY t.parent_id IS NOT NULL, t.position, t.name COLLATE NOCASE`,
    )
    .all(JSON.stringify(ids)) as ThemeLink[];
  const out = new Map<number, Annotation['themes']>();
  for (const { annotation_id, ...theme } of links) {
    const list = out.get(annotation_id) ?? [];
    list.push(theme);
    out.set(annotation_id, list);
  }
  return out;
}

function toDtos(p: Project, rows: AnnotationRow[]): Annotation[] {
  const themes = themesOf(p, rows.map((r) => r.id));
  return rows.map((r) => ({
    uid: r.uid,
    documentUid: r.document_uid,
    documentTitle: r.document_title,
    outlet: r.outlet,
    version: r.version,
    start: r.start,
    end: r.end,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    note: r.note,
    noteText: r.note_text,
    themes: themes.get(r.id) ?? [],
    anchorStatus: r.anchor_status,
    evidenceCount: r.evidence_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export const annotationRow = (p: Project, ref: string): AnnotationRow =>
  prepared(p, `${SELECT} WHERE a.id = ?`).get(resolveRef(p, 'annotation', ref).id) as AnnotationRow;

export const annotationById = (p: Project, id: number): Annotation =>
  toDtos(p, [prepared(p, `${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow])[0]!;

/** Annotations by row id, in the order given (ids that no longer exist are left out). */
export function annotationsByIds(p: Project, ids: readonly number[]): Annotation[] {
  const rows = prepared(p, `${SELECT} WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as AnnotationRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return toDtos(p, ids.flatMap((id) => byId.get(id) ?? []));
}

export const getAnnotation = (p: Project, uid: string): Annotation => toDtos(p, [annotationRow(p, uid)])[0]!;

const ORDER: Record<AnnotationQuery['sort'], string> = {
  text: 'a.document_id, a.start, a."end", a.id',
  recent: 'a.updated_at DESC, a.id DESC',
};

/** The SQL of a list query with its bound values (exported for the query-plan test). */
export function listQuery(p: Project, q: AnnotationQuery): { sql: string; count: string; params: Record<string, unknown> } {
  const where = new Where({ limit: q.limit, offset: q.offset })
    .add('a.document_id = @document', 'document', q.document === undefined ? undefined : resolveRef(p, 'document', q.document).id)
    .add(
      'a.id IN (SELECT annotation_id FROM annotation_themes WHERE theme_id IN picked)',
      'themes',
      q.themes && JSON.stringify(q.themes.map((ref) => resolveRef(p, 'theme', ref).id)),
    )
    .add('a.anchor_status IN (SELECT value FROM json_each(@status))', 'status', q.status && JSON.stringify(q.status));
  const sub = q.includeSubthemes ? ' UNION SELECT t.id FROM themes t JOIN picked ON t.parent_id = picked.id' : '';
  const themes = q.themes === undefined ? '' : `WITH RECURSIVE picked(id) AS (SELECT value FROM json_each(@themes)${sub}) `;
  return {
    sql: `${themes}${SELECT} ${where} ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`,
    count: `${themes}SELECT count(*) AS n ${FROM} ${where}`,
    params: where.params,
  };
}

export function listAnnotations(p: Project, q: AnnotationQuery): AnnotationPage {
  const { sql, count, params } = listQuery(p, q);
  const total = (prepared(p, count).get(params) as { n: number }).n;
  return { items: toDtos(p, prepared(p, sql).all(params) as AnnotationRow[]), total };
}
