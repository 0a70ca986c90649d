import { z } from 'zod';
import type { Block, DocumentDetail, DocumentQuery, DocumentSummary } from '@common/api/schemas/documents';
import type { DocumentMetaPatch } from '@common/api/schemas/documents';
import type { Project } from '../session';
import { indexRows, unindex, type SearchRow } from '../search/index-writer';
import { detectLanguage, languageCode, scriptOf } from '../text/language';
import { filterId, resolveRef } from '../data/resolve';
import { prepared } from '../data/statements';
import { Where } from '../data/where';
import { newUid } from '../util/uid';
import { reanchorDocument } from '../annotate/reanchor';
import { indexAnnotationsOf } from '../annotate/annotation-index';
import { documentGroups } from './collections';
import { ensureOutlet } from './outlets';
import { resolveOutlet } from './outlet-names';
import { setDatelineUpstream } from '../copies/upstreams';
import { guessAuthorKind, type AuthorKind } from '@common/text/author-names';
import type { Dateline } from '../import/dateline';

export interface DocumentMeta {
  title: string;
  outlet: string | null;
  author: string | null;
  /** Person or organisation; guessed from the name when not given. */
  authorKind?: AuthorKind | null;
  url: string | null;
  published: string | null;
  language: string | null;
  /** Where, when and from which agency the item was filed ("Gabala, October 7, AZERTAC"). */
  dateline?: Dateline | null;
}

export interface NewDocument extends DocumentMeta {
  /** The outlet is the project's of that name (or alias), else a new one: the shipped directory and the URL are not consulted. */
  outletAsNamed?: boolean;
  text: string;
  blocks: Block[];
  contentHash: string;
  origin: string;
}

interface SummaryRow {
  id: number;
  uid: string;
  title: string;
  outlet: string | null;
  outlet_uid: string | null;
  outlet_id: number | null;
  author: string | null;
  author_kind: AuthorKind | null;
  url: string | null;
  published: string | null;
  language: string | null;
  origin: string;
  current_version: number;
  annotation_count: number;
  created_at: string;
  retrieved_at: string | null;
}

const SUMMARY = `SELECT d.*, o.name AS outlet, o.uid AS outlet_uid,
  (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS annotation_count
  FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id`;

const toSummary = (r: SummaryRow): DocumentSummary => ({
  uid: r.uid,
  title: r.title,
  outlet: r.outlet,
  outletUid: r.outlet_uid,
  author: r.author,
  authorKind: r.author ? (r.author_kind ?? guessAuthorKind(r.author)) : null,
  url: r.url,
  published: r.published,
  language: r.language,
  origin: r.origin,
  version: r.current_version,
  annotationCount: r.annotation_count,
  createdAt: r.created_at,
});

const SORT_SQL: Record<z.output<typeof DocumentQuery>['sort'], string> = {
  title: 'd.title COLLATE NOCASE',
  published: "ifnull(d.published, '')",
  outlet: "ifnull(o.name, '') COLLATE NOCASE",
  created: 'd.id',
  annotations: 'annotation_count',
};

export function listDocuments(p: Project, q: z.output<typeof DocumentQuery>): DocumentSummary[] {
  const where = new Where({ limit: q.limit })
    .add('d.outlet_id = @outlet', 'outlet', filterId(p, 'outlet', q.outlet))
    .add(
      `EXISTS (SELECT 1 FROM annotations a JOIN annotation_themes at ON at.annotation_id = a.id
        WHERE a.document_id = d.id AND at.theme_id = @theme)`,
      'theme',
      filterId(p, 'theme', q.theme),
    )
    .dateRange('d.published', q.from, q.to)
    .add("d.title LIKE '%' || @text || '%' ESCAPE '\\'", 'text', q.text?.replace(/[%_\\]/g, (c) => `\\${c}`));
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const sql = `${SUMMARY} ${where} ORDER BY ${SORT_SQL[q.sort]} ${dir}, d.id ${dir} LIMIT @limit`;
  return (prepared(p, sql).all(where.params) as SummaryRow[]).map(toSummary);
}

/** The document's row for a uid or a unique uid prefix. */
export const documentRow = (p: Project, ref: string): SummaryRow =>
  prepared(p, `${SUMMARY} WHERE d.id = ?`).get(resolveRef(p, 'document', ref).id) as SummaryRow;

interface VersionRow {
  id: number;
  text: string;
  content_hash: string;
}

export function currentVersion(p: Project, documentId: number): VersionRow & { version: number } {
  return prepared(
    p,
    `SELECT v.id, v.text, v.content_hash, v.version FROM document_versions v JOIN documents d ON d.id = v.document_id
     WHERE d.id = ? AND v.version = d.current_version`,
  ).get(documentId) as VersionRow & { version: number };
}

export function blocksOf(p: Project, versionId: number): Block[] {
  return prepared(p, 'SELECT kind, level, start, "end", credit FROM blocks WHERE version_id = ? ORDER BY position')
    .all(versionId) as Block[];
}

export function getDocument(p: Project, ref: string): DocumentDetail {
  const row = documentRow(p, ref);
  const v = currentVersion(p, row.id);
  const versions = prepared(p, 'SELECT count(*) AS n FROM document_versions WHERE document_id = ?').get(row.id) as {
    n: number;
  };
  return {
    ...toSummary(row),
    retrievedAt: row.retrieved_at,
    text: v.text,
    blocks: blocksOf(p, v.id),
    contentHash: v.content_hash,
    versions: versions.n,
    dateline: datelineOf(p, row.id),
    ...documentGroups(p, row.id),
    searchLanguage: searchLanguageOf(p, row.id, row.language),
  };
}

/** The language the index holds for a document and its passages (indexDocument wrote them). */
function searchLanguageOf(p: Project, documentId: number, language: string | null): DocumentDetail['searchLanguage'] {
  const given = languageCode(language);
  const rows = prepared(
    p,
    `SELECT kind, lang, count(*) AS n FROM search_items WHERE document_id = ? AND kind IN ('document', 'passage')
     GROUP BY kind, lang ORDER BY n DESC`,
  ).all(documentId) as { kind: string; lang: string | null; n: number }[];
  const whole = rows.find((r) => r.kind === 'document')?.lang ?? null;
  return {
    code: given ?? whole,
    source: given ? 'metadata' : 'detected',
    passages: rows.filter((r) => r.kind === 'passage').map((r) => ({ code: r.lang, count: r.n })),
  };
}

function datelineOf(p: Project, documentId: number): DocumentDetail['dateline'] {
  const r = prepared(
    p,
    'SELECT dateline AS text, dateline_place AS place, dateline_date AS date, dateline_agency AS agency FROM documents WHERE id = ?',
  ).get(documentId) as { text: string | null; place: string | null; date: string | null; agency: string | null };
  if (!r.text) return null;
  // The agency is an outlet of the project (the import made sure); renamed or merged since, it answers to the old name.
  const outlet = r.agency ? resolveOutlet(p, r.agency) : undefined;
  return { text: r.text, place: r.place, date: r.date, outlet: outlet?.name ?? r.agency, outletUid: outlet?.uid ?? null };
}

/** The dateline's columns; its agency becomes the document's upstream (setDatelineUpstream). */
function datelineColumns(dateline: Dateline | null | undefined): Record<string, string | null> {
  return {
    dateline: dateline?.text ?? null,
    datelinePlace: dateline?.place ?? null,
    datelineDate: dateline?.date ?? null,
    datelineAgency: dateline?.outlet ?? null,
  };
}

/**
 * The document an import of `doc` would repeat: the same text (any version) from the same
 * outlet or at the same address. The same text from another outlet is a reprint, a document
 * of its own (copy detection links them); a text with neither outlet nor address repeats any
 * document with that text.
 */
export function findDuplicate(p: Project, doc: NewDocument, outletId: number | null): { uid: string; title: string } | undefined {
  return prepared(
    p,
    `SELECT d.uid, d.title FROM document_versions v JOIN documents d ON d.id = v.document_id
     WHERE v.content_hash = @hash AND (d.outlet_id IS @outletId OR d.url = @url OR (@outletId IS NULL AND @url IS NULL))
     ORDER BY d.id LIMIT 1`,
  ).get({ hash: doc.contentHash, outletId, url: doc.url ?? null }) as { uid: string; title: string } | undefined;
}

/** The outlet a new document is stored under (found, from the directory, or created). */
export const outletOfNew = (p: Project, doc: NewDocument): number | null =>
  doc.outletAsNamed ? ensureOutlet(p, doc.outlet, null, false) : ensureOutlet(p, doc.outlet, doc.url);

export function findByUrl(p: Project, url: string): { id: number; uid: string; outlet_id: number | null } | undefined {
  return prepared(p, 'SELECT id, uid, outlet_id FROM documents WHERE url = ? ORDER BY id LIMIT 1').get(url) as
    | { id: number; uid: string; outlet_id: number | null }
    | undefined;
}

function insertVersion(p: Project, documentId: number, version: number, doc: NewDocument): number {
  const { lastInsertRowid } = prepared(
    p,
    `INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(documentId, version, doc.text, doc.contentHash, doc.origin, p.now());
  const versionId = Number(lastInsertRowid);
  const insert = prepared(
    p,
    'INSERT INTO blocks (version_id, position, kind, level, start, "end", credit) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  doc.blocks.forEach((b, i) => insert.run(versionId, i, b.kind, b.level, b.start, b.end, b.credit));
  return versionId;
}

/** Writes a document's index rows; `fresh` skips removing old rows a just-inserted document cannot have. */
export function indexDocument(p: Project, documentId: number, fresh = false): void {
  const d = prepared(p, 'SELECT title, outlet_id, published, language FROM documents WHERE id = ?').get(documentId) as {
    title: string;
    outlet_id: number | null;
    published: string | null;
    language: string | null;
  };
  const v = currentVersion(p, documentId);
  const common = { documentId, outletId: d.outlet_id, date: d.published };
  // The document's own Language holds for all its passages; without one, the language detected
  // for the whole text holds too, except for a passage in another script (a quotation in Russian
  // in an English article), which is detected by itself. Detecting every passage would cost more
  // than indexing it.
  const given = languageCode(d.language);
  const whole = given ?? detectLanguage(v.text.slice(0, 2000));
  const wholeScript = scriptOf(v.text.slice(0, 2000));
  const langOf = (text: string): string | null => given ?? (scriptOf(text) === wholeScript ? whole : detectLanguage(text, whole));
  const rows: SearchRow[] = [{ kind: 'document', refId: documentId, ...common, title: d.title, body: '', start: 0, lang: whole }];
  const blocks = prepared(p, 'SELECT id, start, "end" FROM blocks WHERE version_id = ? ORDER BY position').all(v.id) as {
    id: number;
    start: number;
    end: number;
  }[];
  for (const b of blocks) {
    const body = v.text.slice(b.start, b.end);
    rows.push({ kind: 'passage', refId: b.id, ...common, start: b.start, title: '', body, lang: langOf(body) });
  }
  if (!fresh) unindex(p, { documentId });
  indexRows(p, rows);
}

/** The kind stored with an author: the one given, else the guess; none without an author. */
const authorKindOf = (author: string | null | undefined, kind: AuthorKind | null | undefined): AuthorKind | null =>
  author?.trim() ? (kind ?? guessAuthorKind(author)) : null;

/** Inserts a document with its first version, blocks and index rows. Call inside a transaction. */
export function insertDocument(p: Project, doc: NewDocument, outletId = outletOfNew(p, doc)): { id: number; uid: string } {
  const uid = newUid();
  const now = p.now();
  const { lastInsertRowid } = prepared(
    p,
    `INSERT INTO documents (uid, title, outlet_id, author, author_kind, url, published, retrieved_at, language, origin,
       current_version, created_at, updated_at, dateline, dateline_place, dateline_date, dateline_agency)
     VALUES (@uid, @title, @outletId, @author, @authorKind, @url, @published, @now, @language, @origin, 1, @now, @now,
       @dateline, @datelinePlace, @datelineDate, @datelineAgency)`,
  ).run({ ...doc, uid, outletId, now, authorKind: authorKindOf(doc.author, doc.authorKind), ...datelineColumns(doc.dateline) });
  const id = Number(lastInsertRowid);
  if (doc.dateline?.outlet) setDatelineUpstream(p, id);
  insertVersion(p, id, 1, doc);
  indexDocument(p, id, true);
  return { id, uid };
}

/** Adds a new version of an existing document and makes it current. Call inside a transaction. */
export function addVersion(p: Project, documentId: number, doc: NewDocument): number {
  const next = (prepared(p, 'SELECT max(version) AS v FROM document_versions WHERE document_id = ?').get(documentId) as {
    v: number;
  }).v + 1;
  insertVersion(p, documentId, next, doc);
  prepared(p, 'UPDATE documents SET current_version = ?, updated_at = ? WHERE id = ?').run(next, p.now(), documentId);
  // The dateline belongs to the text: a new text brings its own (or none).
  if (doc.dateline !== undefined) {
    prepared(
      p,
      `UPDATE documents SET dateline = @dateline, dateline_place = @datelinePlace, dateline_date = @datelineDate,
         dateline_agency = @datelineAgency WHERE id = @id`,
    ).run({ ...datelineColumns(doc.dateline), id: documentId });
    setDatelineUpstream(p, documentId);
  }
  indexDocument(p, documentId);
  reanchorDocument(p, documentId, next, doc.text);
  return next;
}

const META_COLUMNS = ['title', 'author', 'url', 'published', 'language'] as const;

export function updateDocumentMeta(p: Project, ref: string, patch: z.output<typeof DocumentMetaPatch>): DocumentSummary {
  const row = documentRow(p, ref);
  p.db.transaction(() => {
    const sets: string[] = META_COLUMNS.filter((c) => patch[c] !== undefined).map((c) => `${c} = @${c}`);
    const values: Record<string, unknown> = Object.fromEntries(META_COLUMNS.map((c) => [c, patch[c] ?? null]));
    if (patch.author !== undefined || patch.authorKind !== undefined) {
      // A new name without a kind is guessed again; a kind alone applies to the current name.
      sets.push('author_kind = @authorKind');
      values.authorKind = authorKindOf(patch.author !== undefined ? patch.author : row.author, patch.authorKind);
    }
    if (patch.outlet !== undefined) {
      sets.push('outlet_id = @outletId');
      values.outletId = patch.outlet ? ensureOutlet(p, patch.outlet) : null;
    }
    if (sets.length === 0) return;
    prepared(p, `UPDATE documents SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run({ ...values, now: p.now(), id: row.id });
    indexDocument(p, row.id);
    indexAnnotationsOf(p, row.id);
  })();
  return toSummary(documentRow(p, row.uid));
}
