import type { Block } from '../../../../src-main/common/api/schemas/documents';
import { insertDocument } from '../../../../src-main/core/library/documents';
import type { Project } from '../../../../src-main/core/project';
import { indexRows, reindex } from '../../../../src-main/core/search/index-writer';

// Real rows in a real project file. Documents go through the library's insertDocument; the
// other kinds are written with SQL and indexed exactly as their own modules index them
// (annotation: quote + note under the document's outlet and date; claim: statement + notes;
// argument: title, thesis + body text), so search sees what it sees in the app.

let counter = 0;
const uid = (prefix: string): string => `${prefix}-${(++counter).toString().padStart(6, '0')}-fixture`;

export interface DocFixture {
  title: string;
  paragraphs: string[];
  outlet?: string | null;
  published?: string | null;
}

export function addDocument(p: Project, d: DocFixture): { id: number; uid: string; blocks: Block[]; text: string } {
  const blocks: Block[] = [];
  let at = 0;
  for (const para of d.paragraphs) {
    blocks.push({ kind: 'paragraph', level: null, start: at, end: at + para.length, credit: null });
    at += para.length + 2;
  }
  const text = d.paragraphs.join('\n\n');
  const doc = p.db.transaction(() =>
    insertDocument(p, {
      title: d.title,
      outlet: d.outlet ?? null,
      author: null,
      url: null,
      published: d.published ?? null,
      language: null,
      text,
      blocks,
      contentHash: uid('hash'),
      origin: 'fixture',
    }),
  )();
  return { ...doc, blocks, text };
}

export function addTheme(p: Project, name: string, parentId: number | null = null): number {
  const now = p.now();
  return Number(
    p.db
      .prepare('INSERT INTO themes (uid, name, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(uid('theme'), name, parentId, now, now).lastInsertRowid,
  );
}

export function addAnnotation(
  p: Project,
  doc: { id: number; text: string },
  quote: string,
  opts: { note?: string; themes?: number[] } = {},
): { id: number; uid: string; start: number } {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in document: ${quote}`);
  const u = uid('ann');
  const now = p.now();
  return p.db.transaction(() => {
    const id = Number(
      p.db
        .prepare(
          `INSERT INTO annotations (uid, document_id, version, start, "end", exact, note_text, created_at, updated_at)
           VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)`,
        )
        .run(u, doc.id, start, start + quote.length, quote, opts.note ?? '', now, now).lastInsertRowid,
    );
    for (const t of opts.themes ?? []) p.db.prepare('INSERT INTO annotation_themes (annotation_id, theme_id) VALUES (?, ?)').run(id, t);
    const d = p.db.prepare('SELECT outlet_id, published FROM documents WHERE id = ?').get(doc.id) as {
      outlet_id: number | null;
      published: string | null;
    };
    reindex(p.db, 'annotation', id, [
      {
        kind: 'annotation',
        refId: id,
        documentId: doc.id,
        outletId: d.outlet_id,
        date: d.published,
        start,
        title: '',
        body: `${quote}\n${opts.note ?? ''}`,
      },
    ]);
    return { id, uid: u, start };
  })();
}

export function addClaim(
  p: Project,
  statement: string,
  opts: { notes?: string; credibility?: number; eventDate?: string; evidence?: number[] } = {},
): { id: number; uid: string } {
  const u = uid('claim');
  const now = p.now();
  return p.db.transaction(() => {
    const id = Number(
      p.db
        .prepare(
          'INSERT INTO claims (uid, statement, event_date, credibility, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(u, statement, opts.eventDate ?? null, opts.credibility ?? 6, opts.notes ?? '', now, now).lastInsertRowid,
    );
    for (const a of opts.evidence ?? []) p.db.prepare('INSERT INTO claim_evidence (claim_id, annotation_id) VALUES (?, ?)').run(id, a);
    indexRows(p.db, [
      { kind: 'claim', refId: id, title: statement, body: opts.notes ?? '', date: opts.eventDate ?? null, credibility: opts.credibility ?? 6 },
    ]);
    return { id, uid: u };
  })();
}

export function addArgument(p: Project, title: string, thesis: string, bodyText: string, claimUids: string[] = []): { id: number; uid: string } {
  const u = uid('arg');
  const now = p.now();
  return p.db.transaction(() => {
    const id = Number(
      p.db
        .prepare('INSERT INTO arguments (uid, title, thesis, body_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(u, title, thesis, bodyText, now, now).lastInsertRowid,
    );
    claimUids.forEach((c, i) => p.db.prepare('INSERT INTO argument_claims (argument_id, claim_uid, position) VALUES (?, ?, ?)').run(id, c, i));
    indexRows(p.db, [{ kind: 'argument', refId: id, title, body: `${thesis}\n${bodyText}` }]);
    return { id, uid: u };
  })();
}
