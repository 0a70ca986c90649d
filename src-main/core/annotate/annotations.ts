import type { Annotation, AnnotationAnchor, AnnotationCreate, AnnotationCreated, AnnotationSnapshot, AnnotationUpdate } from '@common/api/schemas/annotations';
import { snapToWords } from '@common/text/snap-words';
import { DossierError } from '../errors';
import { currentVersion, documentRow } from '../library/documents';
import type { Project } from '../session';
import { indexRows, unindex, type SearchRow } from '../search/index-writer';
import { passageLanguages } from '../search/passage-language';
import { findOrCreateTheme, themeRow } from '../themes/themes';
import { newUid } from '../util/uid';
import { quoteSelector, reanchor } from './anchoring';
import { annotationSearchRow, indexAnnotation } from './annotation-index';
import { annotationById, annotationRow } from './annotation-rows';
import { findQuote } from './find-quote';
import { noteFromJson, noteFromText, type StoredNote } from './note';
import { prepared } from '../data/statements';

// The write side. Each call is one transaction that also keeps the search index in step.
// The quote is always read from the document's text, never taken from the caller.

function checkedRange(text: string, start: number, end: number, snap: boolean): { start: number; end: number } {
  if (end > text.length) {
    throw new DossierError('invalid-input', `the range ${start}-${end} is outside the document (${text.length} characters)`);
  }
  const span = snap ? snapToWords(text, start, end) : { start, end };
  if (!span || !text.slice(span.start, span.end).trim()) throw new DossierError('invalid-input', 'the range holds no text');
  return span;
}

const noteOf = (input: { note?: string; noteText?: string }): StoredNote | undefined =>
  input.note !== undefined ? noteFromJson(input.note) : input.noteText !== undefined ? noteFromText(input.noteText) : undefined;

/** Theme row ids for uids and names; the uids of themes a name made are pushed onto `created`. */
function themeIds(p: Project, uids: string[], names: string[] = [], created: string[] = []): number[] {
  const ids = uids.map((uid) => themeRow(p, uid).id);
  for (const name of names) {
    const found = findOrCreateTheme(p, { name });
    if (found.created) created.push(found.theme.uid);
    ids.push(themeRow(p, found.theme.uid).id);
  }
  return [...new Set(ids)];
}

function link(p: Project, annotationId: number, ids: number[]): void {
  const insert = prepared(p, 'INSERT OR IGNORE INTO annotation_themes (annotation_id, theme_id) VALUES (?, ?)');
  for (const id of ids) insert.run(annotationId, id);
}

function unlink(p: Project, annotationId: number, ids: number[]): void {
  const remove = prepared(p, 'DELETE FROM annotation_themes WHERE annotation_id = ? AND theme_id = ?');
  for (const id of ids) remove.run(annotationId, id);
}

interface NewRow extends Pick<Annotation, 'uid' | 'version' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'createdAt'> {
  documentId: number;
  note: StoredNote;
  status: Annotation['anchorStatus'];
}

function insertRow(p: Project, r: NewRow): number {
  const { lastInsertRowid } = prepared(p,
      `INSERT INTO annotations (uid, document_id, version, start, "end", exact, prefix, suffix, note, note_text, anchor_status, created_at, updated_at)
       VALUES (@uid, @documentId, @version, @start, @end, @exact, @prefix, @suffix, @note, @noteText, @status, @createdAt, @now)`,
    )
    .run({ ...r, ...r.note, now: p.now() });
  return Number(lastInsertRowid);
}

export function createAnnotation(p: Project, input: AnnotationCreate): AnnotationCreated {
  return p.db.transaction(() => {
    const doc = documentRow(p, input.document);
    const v = currentVersion(p, doc.id);
    const range = input.quote !== undefined ? findQuote(v.text, input.quote, input.occurrence) : { start: input.start!, end: input.end! };
    const { start, end } = checkedRange(v.text, range.start, range.end, input.snap);
    const createdThemes: string[] = [];
    const themes = themeIds(p, input.themes, input.themeNames, createdThemes);
    const id = insertRow(p, {
      uid: newUid(),
      documentId: doc.id,
      version: v.version,
      start,
      end,
      ...quoteSelector(v.text, start, end),
      note: noteOf(input) ?? { note: '', noteText: '' },
      status: 'exact',
      createdAt: p.now(),
    });
    link(p, id, themes);
    indexAnnotation(p, id);
    return { ...annotationById(p, id), createdThemes };
  })();
}

/**
 * Many new annotations with the same themes, in one transaction (tag all hits of a search):
 * each document's text and facts are read once, rows and index entries go through the same
 * prepared statements, the index takes them in one pass with the language of the paragraph
 * each lies in (detected when the document was indexed), and nothing is read back. Ranges are
 * checked as createAnnotation checks them (no snapping); answers the new uids in order.
 */
export function createAnnotationsAt(p: Project, ranges: readonly { documentId: number; start: number; end: number }[], themeRowIds: readonly number[]): string[] {
  return p.db.transaction(() => {
    const docs = new Map<number, { text: string; version: number; outlet_id: number | null; published: string | null; lang(offset: number): string | null | undefined }>();
    const facts = prepared(p, 'SELECT outlet_id, published FROM documents WHERE id = ?');
    const rows: SearchRow[] = [];
    const uids: string[] = [];
    const now = p.now();
    for (const r of ranges) {
      let doc = docs.get(r.documentId);
      if (!doc) {
        const v = currentVersion(p, r.documentId);
        const f = facts.get(r.documentId) as { outlet_id: number | null; published: string | null };
        doc = { text: v.text, version: v.version, ...f, lang: passageLanguages(p, r.documentId) };
        docs.set(r.documentId, doc);
      }
      const { start, end } = checkedRange(doc.text, r.start, r.end, false);
      const selector = quoteSelector(doc.text, start, end);
      const uid = newUid();
      const id = insertRow(p, { uid, documentId: r.documentId, version: doc.version, start, end, ...selector, note: { note: '', noteText: '' }, status: 'exact', createdAt: now });
      link(p, id, [...themeRowIds]);
      const row = annotationSearchRow({ id, document_id: r.documentId, start, exact: selector.exact, note_text: '', outlet_id: doc.outlet_id, published: doc.published });
      rows.push({ ...row, lang: doc.lang(start) });
      uids.push(uid);
    }
    indexRows(p, rows);
    return uids;
  })();
}

export function updateAnnotation(p: Project, input: AnnotationUpdate): Annotation {
  return p.db.transaction(() => {
    const row = annotationRow(p, input.uid);
    const sets: string[] = [];
    const values: Record<string, unknown> = { id: row.id, now: p.now() };
    if (input.start !== undefined && input.end !== undefined) {
      // A new range re-attaches the annotation to the current text (how an orphan comes back).
      const v = currentVersion(p, row.document_id);
      const span = checkedRange(v.text, input.start, input.end, input.snap);
      Object.assign(values, span, quoteSelector(v.text, span.start, span.end), { version: v.version });
      sets.push('start = @start', '"end" = @end', 'exact = @exact', 'prefix = @prefix', 'suffix = @suffix', 'version = @version');
      sets.push("anchor_status = 'exact'");
    }
    const note = noteOf(input);
    if (note) {
      Object.assign(values, note);
      sets.push('note = @note', 'note_text = @noteText');
    }
    if (input.themes !== undefined) {
      prepared(p, 'DELETE FROM annotation_themes WHERE annotation_id = ?').run(row.id);
      link(p, row.id, themeIds(p, input.themes));
    }
    if (input.addThemes) link(p, row.id, themeIds(p, input.addThemes));
    if (input.removeThemes) unlink(p, row.id, themeIds(p, input.removeThemes));
    prepared(p, `UPDATE annotations SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`).run(values);
    indexAnnotation(p, row.id);
    return annotationById(p, row.id);
  })();
}

/** Deletes an annotation and returns everything needed to restore it (undo). */
export function deleteAnnotation(p: Project, uid: string): { restore: AnnotationSnapshot } {
  return p.db.transaction(() => {
    const row = annotationRow(p, uid);
    const themes = prepared(p, 'SELECT t.uid FROM annotation_themes at JOIN themes t ON t.id = at.theme_id WHERE at.annotation_id = ? ORDER BY t.id')
      .all(row.id) as { uid: string }[];
    const evidence = prepared(p,
        `SELECT c.uid AS claimUid, ce.stance, ce.note, ce.position FROM claim_evidence ce JOIN claims c ON c.id = ce.claim_id
         WHERE ce.annotation_id = ? ORDER BY ce.id`,
      )
      .all(row.id) as AnnotationSnapshot['evidence'];
    prepared(p, 'DELETE FROM annotations WHERE id = ?').run(row.id);
    unindex(p, { kind: 'annotation', refId: row.id });
    return {
      restore: {
        uid: row.uid,
        documentUid: row.document_uid,
        version: row.version,
        start: row.start,
        end: row.end,
        exact: row.exact,
        prefix: row.prefix,
        suffix: row.suffix,
        note: row.note,
        anchorStatus: row.anchor_status,
        themes: themes.map((t) => t.uid),
        evidence,
        createdAt: row.created_at,
      },
    };
  })();
}

/**
 * Undo of delete: the same uid, themes, note and claim evidence. Themes or claims deleted in
 * the meantime are left out; if the document has a newer version, the quote is re-anchored.
 */
export function restoreAnnotation(p: Project, s: AnnotationSnapshot): Annotation {
  return p.db.transaction(() => {
    if (prepared(p, 'SELECT 1 FROM annotations WHERE uid = ?').get(s.uid)) {
      throw new DossierError('conflict', `annotation ${s.uid} exists already`);
    }
    const doc = documentRow(p, s.documentUid);
    const v = currentVersion(p, doc.id);
    const placed = reanchor(v.text, s);
    const status = placed.status === 'exact' && s.anchorStatus === 'reanchored' ? 'reanchored' : placed.status;
    const id = insertRow(p, {
      ...placed,
      uid: s.uid,
      documentId: doc.id,
      version: placed.status === 'orphaned' ? s.version : v.version,
      note: noteFromJson(s.note),
      status,
      createdAt: s.createdAt,
    });
    const existingThemes = s.themes.filter((uid) => prepared(p, 'SELECT 1 FROM themes WHERE uid = ?').get(uid));
    link(p, id, themeIds(p, existingThemes));
    const evidence = prepared(p,
      `INSERT OR IGNORE INTO claim_evidence (claim_id, annotation_id, stance, note, position)
       SELECT id, @annotationId, @stance, @note, @position FROM claims WHERE uid = @claimUid`,
    );
    for (const e of s.evidence) evidence.run({ ...e, annotationId: id });
    indexAnnotation(p, id);
    return annotationById(p, id);
  })();
}

/**
 * Undo of a re-attach: the annotation goes back to the version, range, quote and status it had.
 * The version must be one of its document's; a placed (not orphaned) anchor must still quote
 * that version's text, so undo cannot point an annotation at words that are not there.
 */
export function restoreAnchor(p: Project, a: AnnotationAnchor): Annotation {
  return p.db.transaction(() => {
    const row = annotationRow(p, a.uid);
    const version = prepared(p, 'SELECT text FROM document_versions WHERE document_id = ? AND version = ?').get(row.document_id, a.version) as
      | { text: string }
      | undefined;
    if (!version) throw new DossierError('invalid-input', `the document of annotation ${a.uid} has no version ${a.version}`);
    if (a.anchorStatus !== 'orphaned' && version.text.slice(a.start, a.end) !== a.exact) {
      throw new DossierError('invalid-input', `version ${a.version} does not hold the quote at ${a.start}-${a.end}`);
    }
    prepared(p,
      `UPDATE annotations SET version = @version, start = @start, "end" = @end, exact = @exact, prefix = @prefix, suffix = @suffix,
         anchor_status = @anchorStatus, updated_at = @now WHERE id = @id`,
    ).run({ ...a, id: row.id, now: p.now() });
    indexAnnotation(p, row.id);
    return annotationById(p, row.id);
  })();
}
