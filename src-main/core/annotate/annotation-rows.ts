import type { Annotation, AnnotationPage, AnnotationQuery, AnchorStatus } from '@common/api/schemas/annotations';
import { notFound } from '../errors';
import { documentRow } from '../library/documents';
import type { Project } from '../session';
import { themeRow } from '../themes/themes';

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
  const links = p.db
    .prepare(
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

export function annotationRow(p: Project, uid: string): AnnotationRow {
  const row = p.db.prepare(`${SELECT} WHERE a.uid = ?`).get(uid) as AnnotationRow | undefined;
  if (!row) throw notFound('annotation', uid);
  return row;
}

export const annotationById = (p: Project, id: number): Annotation =>
  toDtos(p, [p.db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow])[0]!;

/** Annotations by row id, in the order given (ids that no longer exist are left out). */
export function annotationsByIds(p: Project, ids: readonly number[]): Annotation[] {
  const rows = p.db.prepare(`${SELECT} WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as AnnotationRow[];
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
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  let themes = '';
  if (q.document !== undefined) {
    where.push('a.document_id = @document');
    params.document = documentRow(p, q.document).id;
  }
  if (q.themes !== undefined) {
    params.themes = JSON.stringify(q.themes.map((uid) => themeRow(p, uid).id));
    const sub = q.includeSubthemes ? ' UNION SELECT t.id FROM themes t JOIN picked ON t.parent_id = picked.id' : '';
    themes = `WITH RECURSIVE picked(id) AS (SELECT value FROM json_each(@themes)${sub}) `;
    where.push('a.id IN (SELECT annotation_id FROM annotation_themes WHERE theme_id IN picked)');
  }
  if (q.status !== undefined) {
    where.push('a.anchor_status IN (SELECT value FROM json_each(@status))');
    params.status = JSON.stringify(q.status);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return {
    sql: `${themes}${SELECT} ${filter} ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`,
    count: `${themes}SELECT count(*) AS n ${FROM} ${filter}`,
    params,
  };
}

export function listAnnotations(p: Project, q: AnnotationQuery): AnnotationPage {
  const { sql, count, params } = listQuery(p, q);
  const total = (p.db.prepare(count).get(params) as { n: number }).n;
  return { items: toDtos(p, p.db.prepare(sql).all(params) as AnnotationRow[]), total };
}
