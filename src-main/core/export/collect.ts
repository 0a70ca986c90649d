import type { ExportScope } from '../../common/api/schemas/export';
import { notFound } from '../errors';
import { documentRow } from '../library/documents';
import type { Project } from '../project';
import { findThemeByName, themeRow } from '../themes/themes';
import type {
  ExportAnnotation,
  ExportArgument,
  ExportBundle,
  ExportClaim,
  ExportDocument,
  ExportEvidence,
  ExportTheme,
  RichDoc,
} from './model';

// Reads the rows an export needs straight from the tables, in a handful of set-based queries
// (id lists go in as one JSON array through json_each), so 10,000 annotations stay cheap.

interface Selection {
  label: string;
  documentUid?: string;
  all: boolean;
  documents: Set<number>;
  annotations: Set<number>;
  claims: Set<number>;
  arguments: Set<number>;
  themeRoots: number[];
}

const ids = (s: Iterable<number>): string => JSON.stringify([...s]);
const col = (p: Project, sql: string, ...args: unknown[]): number[] =>
  (p.db.prepare(sql).pluck().all(...args) as number[]);

function resolveUid(p: Project, table: 'claims' | 'arguments' | 'annotations', ref: string, what: string): number {
  const rows = p.db
    .prepare(`SELECT id, uid FROM ${table} WHERE uid = @ref OR uid LIKE @prefix || '%' LIMIT 2`)
    .all({ ref, prefix: ref.replace(/[%_]/g, '') }) as { id: number; uid: string }[];
  const exact = rows.find((r) => r.uid === ref);
  if (exact) return exact.id;
  if (rows.length !== 1) throw notFound(what, ref);
  return rows[0]!.id;
}

function resolveTheme(p: Project, ref: string): { id: number; name: string } {
  try {
    return themeRow(p, ref);
  } catch (err) {
    const byName = findThemeByName(p, ref);
    if (!byName) throw err;
    return byName;
  }
}

function addArgument(p: Project, sel: Selection, argumentId: number): void {
  sel.arguments.add(argumentId);
  const claimIds = col(p, 'SELECT c.id FROM argument_claims ac JOIN claims c ON c.uid = ac.claim_uid WHERE ac.argument_id = ?', argumentId);
  for (const id of claimIds) addClaim(p, sel, id);
}

function addClaim(p: Project, sel: Selection, claimId: number): void {
  sel.claims.add(claimId);
  for (const id of col(p, 'SELECT annotation_id FROM claim_evidence WHERE claim_id = ?', claimId)) sel.annotations.add(id);
}

function select(p: Project, scope: ExportScope): Selection {
  const sel: Selection = {
    label: 'whole project',
    all: false,
    documents: new Set(),
    annotations: new Set(),
    claims: new Set(),
    arguments: new Set(),
    themeRoots: [],
  };
  switch (scope.kind) {
    case 'project':
      sel.all = true;
      break;
    case 'document': {
      const d = documentRow(p, scope.uid);
      sel.label = d.title;
      sel.documentUid = d.uid;
      sel.documents.add(d.id);
      for (const id of col(p, 'SELECT id FROM annotations WHERE document_id = ?', d.id)) sel.annotations.add(id);
      break;
    }
    case 'theme': {
      const t = resolveTheme(p, scope.theme);
      sel.label = `theme ${t.name}`;
      sel.themeRoots.push(t.id);
      const annotationIds = col(
        p,
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id)
         SELECT DISTINCT at.annotation_id FROM annotation_themes at JOIN sub ON sub.id = at.theme_id`,
        t.id,
      );
      for (const id of annotationIds) sel.annotations.add(id);
      break;
    }
    case 'argument': {
      const id = resolveUid(p, 'arguments', scope.uid, 'argument');
      sel.label = (p.db.prepare('SELECT title FROM arguments WHERE id = ?').pluck().get(id) as string) || 'argument';
      addArgument(p, sel, id);
      break;
    }
    case 'refs': {
      sel.label = `${scope.refs.length} selected items`;
      for (const ref of scope.refs) {
        if (ref.kind === 'document') {
          const d = documentRow(p, ref.uid);
          sel.documents.add(d.id);
          for (const id of col(p, 'SELECT id FROM annotations WHERE document_id = ?', d.id)) sel.annotations.add(id);
        } else if (ref.kind === 'annotation') sel.annotations.add(resolveUid(p, 'annotations', ref.uid, 'annotation'));
        else if (ref.kind === 'claim') addClaim(p, sel, resolveUid(p, 'claims', ref.uid, 'claim'));
        else addArgument(p, sel, resolveUid(p, 'arguments', ref.uid, 'argument'));
      }
      break;
    }
  }
  if (scope.kind === 'document' || scope.kind === 'theme') {
    // Claims whose evidence lies in the scope come along with it.
    const claimIds = col(p, 'SELECT DISTINCT claim_id FROM claim_evidence WHERE annotation_id IN (SELECT value FROM json_each(?))', ids(sel.annotations));
    for (const id of claimIds) sel.claims.add(id);
  }
  return sel;
}

const parseRich = (json: string): RichDoc | null => {
  if (!json.trim()) return null;
  try {
    const v = JSON.parse(json) as RichDoc;
    return v && typeof v === 'object' && typeof v.type === 'string' ? v : null;
  } catch {
    return null;
  }
};

const filter = (all: boolean, column: string): string => (all ? '' : `WHERE ${column} IN (SELECT value FROM json_each(@ids))`);

interface AnnotationRow {
  id: number;
  uid: string;
  document_id: number;
  document_uid: string;
  version: number;
  current_version: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  note_text: string;
  anchor_status: ExportAnnotation['anchorStatus'];
  theme_uids: string | null;
  created_at: string;
  updated_at: string;
}

function loadAnnotations(p: Project, sel: Selection): AnnotationRow[] {
  return p.db
    .prepare(
      `SELECT a.*, d.uid AS document_uid, d.current_version,
         (SELECT json_group_array(t.uid) FROM annotation_themes at JOIN themes t ON t.id = at.theme_id
          WHERE at.annotation_id = a.id) AS theme_uids
       FROM annotations a JOIN documents d ON d.id = a.document_id ${filter(sel.all, 'a.id')}
       ORDER BY a.document_id, a.start, a.id`,
    )
    .all(sel.all ? {} : { ids: ids(sel.annotations) }) as AnnotationRow[];
}

function loadClaims(p: Project, sel: Selection): ExportClaim[] {
  const claims = p.db
    .prepare(`SELECT * FROM claims ${filter(sel.all, 'id')} ORDER BY id`)
    .all(sel.all ? {} : { ids: ids(sel.claims) }) as {
    id: number; uid: string; statement: string; event_date: string | null; status: ExportClaim['status']; credibility: number; notes: string;
  }[];
  const evidence = p.db
    .prepare(
      `SELECT ce.claim_id, a.uid AS annotation_uid, d.uid AS document_uid, a.exact, ce.stance, ce.note, a.document_id
       FROM claim_evidence ce JOIN annotations a ON a.id = ce.annotation_id JOIN documents d ON d.id = a.document_id
       ${filter(sel.all, 'ce.claim_id')} ORDER BY ce.claim_id, ce.position, ce.id`,
    )
    .all(sel.all ? {} : { ids: ids(sel.claims) }) as (ExportEvidenceRow & { claim_id: number; document_id: number })[];
  const byClaim = new Map<number, ExportEvidence[]>();
  for (const e of evidence) {
    sel.documents.add(e.document_id);
    const list = byClaim.get(e.claim_id) ?? [];
    list.push({ annotationUid: e.annotation_uid, documentUid: e.document_uid, exact: e.exact, stance: e.stance, note: e.note });
    byClaim.set(e.claim_id, list);
  }
  return claims.map((c) => ({
    uid: c.uid,
    statement: c.statement,
    eventDate: c.event_date,
    status: c.status,
    credibility: c.credibility,
    notes: c.notes,
    evidence: byClaim.get(c.id) ?? [],
  }));
}
interface ExportEvidenceRow {
  annotation_uid: string;
  document_uid: string;
  exact: string;
  stance: ExportEvidence['stance'];
  note: string;
}

function loadDocuments(p: Project, sel: Selection): ExportDocument[] {
  const docs = p.db
    .prepare(
      `SELECT d.id, d.uid, d.title, o.name AS outlet, o.grade AS outlet_grade, o.kind AS outlet_kind, d.author, d.url, d.published, d.retrieved_at,
         d.language, d.origin, v.id AS version_id, v.text
       FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
       JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
       ${filter(sel.all, 'd.id')} ORDER BY ifnull(d.published, '~'), d.title COLLATE NOCASE, d.id`,
    )
    .all(sel.all ? {} : { ids: ids(sel.documents) }) as {
    id: number; uid: string; title: string; outlet: string | null; outlet_grade: string | null; outlet_kind: ExportDocument['outletKind']; author: string | null;
    url: string | null; published: string | null; retrieved_at: string | null; language: string | null; origin: string;
    version_id: number; text: string;
  }[];
  const blocks = p.db.prepare('SELECT kind, level, start, "end" FROM blocks WHERE version_id = ? ORDER BY position');
  return docs.map((d) => ({
    uid: d.uid,
    title: d.title,
    outlet: d.outlet,
    outletGrade: d.outlet_grade,
    outletKind: d.outlet_kind,
    author: d.author,
    url: d.url,
    published: d.published,
    retrievedAt: d.retrieved_at,
    language: d.language,
    origin: d.origin,
    text: d.text,
    blocks: blocks.all(d.version_id) as ExportDocument['blocks'],
  }));
}

function loadThemes(p: Project, sel: Selection, used: Set<string>): ExportTheme[] {
  const rows = p.db
    .prepare(
      `SELECT t.id, t.uid, t.name, pt.uid AS parent_uid, t.parent_id, t.color, t.description FROM themes t
       LEFT JOIN themes pt ON pt.id = t.parent_id ORDER BY t.position, t.name COLLATE NOCASE, t.id`,
    )
    .all() as { id: number; uid: string; name: string; parent_uid: string | null; parent_id: number | null; color: string; description: string }[];
  const keep = new Set<number>();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const withAncestors = (id: number | null): void => {
    for (let cur = id; cur !== null && !keep.has(cur); cur = byId.get(cur)?.parent_id ?? null) keep.add(cur);
  };
  for (const r of rows) if (sel.all || used.has(r.uid)) withAncestors(r.id);
  for (const root of sel.themeRoots) withAncestors(root);
  return rows
    .filter((r) => keep.has(r.id))
    .map((r) => ({ uid: r.uid, name: r.name, parentUid: r.parent_uid, color: r.color, description: r.description }));
}

function loadArguments(p: Project, sel: Selection): ExportArgument[] {
  const rows = p.db
    .prepare(`SELECT uid, title, thesis, body, body_text FROM arguments ${filter(sel.all, 'id')} ORDER BY id`)
    .all(sel.all ? {} : { ids: ids(sel.arguments) }) as { uid: string; title: string; thesis: string; body: string; body_text: string }[];
  return rows.map((r) => ({
    uid: r.uid,
    title: r.title,
    thesis: r.thesis,
    body: parseRich(r.body) ?? { type: 'doc', content: [] },
    bodyText: r.body_text,
  }));
}

/** Everything the scope covers, read in one snapshot (a read transaction). */
export function collect(p: Project, scope: ExportScope): ExportBundle {
  return p.db.transaction((): ExportBundle => {
    const sel = select(p, scope);
    const rows = loadAnnotations(p, sel);
    for (const r of rows) sel.documents.add(r.document_id);
    const claims = loadClaims(p, sel);
    const documents = loadDocuments(p, sel);
    const textOf = new Map(documents.map((d) => [d.uid, d.text]));
    const used = new Set<string>();
    const annotations = rows.map((r): ExportAnnotation => {
      const themeUids = r.theme_uids ? (JSON.parse(r.theme_uids) as string[]) : [];
      for (const t of themeUids) used.add(t);
      const positioned =
        r.anchor_status !== 'orphaned' && r.version === r.current_version && textOf.get(r.document_uid)?.slice(r.start, r.end) === r.exact;
      return {
        uid: r.uid,
        documentUid: r.document_uid,
        start: r.start,
        end: r.end,
        exact: r.exact,
        prefix: r.prefix,
        suffix: r.suffix,
        note: parseRich(r.note),
        noteText: r.note_text,
        anchorStatus: r.anchor_status,
        positioned,
        themeUids,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    });
    return {
      projectName: p.name,
      exportedAt: p.now(),
      scope: { kind: scope.kind, label: sel.label, ...(sel.documentUid ? { documentUid: sel.documentUid } : {}) },
      documents,
      themes: loadThemes(p, sel, used),
      annotations,
      claims,
      arguments: loadArguments(p, sel),
    };
  }).deferred();
}
