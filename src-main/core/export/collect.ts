import type { StoredAnnotationRow } from '../annotate/annotation-rows';
import type { ExportScope } from '@common/api/schemas/export';
import { guessAuthorKind, type AuthorKind } from '@common/text/author-names';
import { docFromText, parseDoc } from '@common/richtext/doc';
import type { Project } from '../session';
import type {
  ExportAnnotation,
  ExportArgument,
  ExportBundle,
  ExportClaim,
  ExportCollection,
  ExportDocument,
  ExportEvidence,
  ExportTheme,
  ExportVariable,
  RichDoc,
} from './model';
import { ids, select, type Selection } from './scope';
import { prepared } from '../data/statements';

// Reads the rows an export needs straight from the tables, in a handful of set-based queries
// (id lists go in as one JSON array through json_each), so 10,000 annotations stay cheap.

// Rich text saved before the core validated it may not fit the schema: the export then uses
// its plain text, which was always stored alongside.
const parseRich = (json: string): RichDoc | null => {
  if (!json.trim()) return null;
  try {
    return parseDoc(json);
  } catch {
    return null;
  }
};

const filter = (all: boolean, column: string): string => (all ? '' : `WHERE ${column} IN (SELECT value FROM json_each(@ids))`);

interface AnnotationRow extends StoredAnnotationRow {
  document_uid: string;
  current_version: number;
  theme_uids: string | null;
}

function loadAnnotations(p: Project, sel: Selection): AnnotationRow[] {
  return prepared(p,
      `SELECT a.*, d.uid AS document_uid, d.current_version,
         (SELECT json_group_array(t.uid) FROM annotation_themes at JOIN themes t ON t.id = at.theme_id
          WHERE at.annotation_id = a.id) AS theme_uids
       FROM annotations a JOIN documents d ON d.id = a.document_id ${filter(sel.all, 'a.id')}
       ORDER BY a.document_id, a.start, a.id`,
    )
    .all(sel.all ? {} : { ids: ids(sel.annotations) }) as AnnotationRow[];
}

function loadClaims(p: Project, sel: Selection): ExportClaim[] {
  const claims = prepared(p, `SELECT * FROM claims ${filter(sel.all, 'id')} ORDER BY id`)
    .all(sel.all ? {} : { ids: ids(sel.claims) }) as {
    id: number; uid: string; statement: string; event_date: string | null; status: ExportClaim['status']; credibility: number; notes: string;
  }[];
  const evidence = prepared(p,
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
  const docs = prepared(p,
      `SELECT d.id, d.uid, d.title, o.name AS outlet, o.grade AS outlet_grade, o.kind AS outlet_kind, d.author, d.author_kind, d.url, d.published, d.retrieved_at,
         d.language, d.origin, v.id AS version_id, v.text
       FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
       JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
       ${filter(sel.all, 'd.id')} ORDER BY ifnull(d.published, '~'), d.title COLLATE NOCASE, d.id`,
    )
    .all(sel.all ? {} : { ids: ids(sel.documents) }) as {
    id: number; uid: string; title: string; outlet: string | null; outlet_grade: string | null; outlet_kind: ExportDocument['outletKind']; author: string | null; author_kind: AuthorKind | null;
    url: string | null; published: string | null; retrieved_at: string | null; language: string | null; origin: string;
    version_id: number; text: string;
  }[];
  const blocks = prepared(p, 'SELECT kind, level, start, "end" FROM blocks WHERE version_id = ? ORDER BY position');
  const variables = prepared(p,
    'SELECT v.uid AS variableUid, dv.value FROM document_variables dv JOIN variables v ON v.id = dv.variable_id WHERE dv.document_id = ? ORDER BY v.name',
  );
  return docs.map((d) => ({
    uid: d.uid,
    title: d.title,
    outlet: d.outlet,
    outletGrade: d.outlet_grade,
    outletKind: d.outlet_kind,
    author: d.author,
    authorKind: d.author_kind ?? guessAuthorKind(d.author ?? ''),
    url: d.url,
    published: d.published,
    retrievedAt: d.retrieved_at,
    language: d.language,
    origin: d.origin,
    text: d.text,
    blocks: blocks.all(d.version_id) as ExportDocument['blocks'],
    variables: variables.all(d.id) as ExportDocument['variables'],
  }));
}

function loadThemes(p: Project, sel: Selection, used: Set<string>): ExportTheme[] {
  const rows = prepared(p,
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
  const rows = prepared(p, `SELECT uid, title, thesis, body, body_text FROM arguments ${filter(sel.all, 'id')} ORDER BY id`)
    .all(sel.all ? {} : { ids: ids(sel.arguments) }) as { uid: string; title: string; thesis: string; body: string; body_text: string }[];
  return rows.map((r) => ({
    uid: r.uid,
    title: r.title,
    thesis: r.thesis,
    body: parseRich(r.body) ?? docFromText(r.body_text),
    bodyText: r.body_text,
  }));
}

/** Collections with a member among the documents or themes in scope, listing those members only. */
function loadCollections(p: Project, documents: ExportDocument[], themes: ExportTheme[]): ExportCollection[] {
  const docs = new Set(documents.map((d) => d.uid));
  const known = new Set(themes.map((t) => t.uid));
  const rows = prepared(p,
      `SELECT c.uid, c.name, c.description, d.uid AS document_uid, t.uid AS theme_uid FROM collections c
       JOIN collection_members m ON m.collection_id = c.id LEFT JOIN documents d ON d.id = m.document_id
       LEFT JOIN themes t ON t.id = m.theme_id ORDER BY c.name COLLATE NOCASE, c.id, d.id, t.id`,
    )
    .all() as { uid: string; name: string; description: string; document_uid: string | null; theme_uid: string | null }[];
  const out = new Map<string, ExportCollection>();
  for (const r of rows) {
    const c = out.get(r.uid) ?? { uid: r.uid, name: r.name, description: r.description, documentUids: [], themeUids: [] };
    if (r.document_uid && docs.has(r.document_uid)) c.documentUids.push(r.document_uid);
    if (r.theme_uid && known.has(r.theme_uid)) c.themeUids.push(r.theme_uid);
    out.set(r.uid, c);
  }
  return [...out.values()].filter((c) => c.documentUids.length + c.themeUids.length > 0);
}

function loadVariables(p: Project, documents: ExportDocument[]): ExportVariable[] {
  const used = new Set(documents.flatMap((d) => d.variables.map((v) => v.variableUid)));
  const rows = prepared(p, 'SELECT uid, name, type, description FROM variables ORDER BY name COLLATE NOCASE').all() as ExportVariable[];
  return rows.filter((v) => used.has(v.uid));
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
    const themes = loadThemes(p, sel, used);
    return {
      projectName: p.name,
      exportedAt: p.now(),
      scope: { kind: scope.kind, label: sel.label, ...(sel.documentUid ? { documentUid: sel.documentUid } : {}) },
      documents,
      themes,
      annotations,
      claims,
      arguments: loadArguments(p, sel),
      collections: loadCollections(p, documents, themes),
      variables: loadVariables(p, documents),
    };
  }).deferred();
}
