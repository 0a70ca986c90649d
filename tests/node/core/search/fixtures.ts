import type { Block } from '@common/api/schemas/documents';
import { insertDocument } from '../../../../src-main/core/library/documents';
import type { Project } from '../../../../src-main/core/session';
import { createAnnotation } from '../../../../src-main/core/annotate/annotations';
import { createArgument, updateArgument } from '../../../../src-main/core/arguments/arguments';
import { createClaim } from '../../../../src-main/core/claims/claims';
import { createTheme, themeRow } from '../../../../src-main/core/themes/themes';

// Real rows in a real project file, written by the core's own create functions (documents
// through insertDocument with hand-made blocks), so search sees exactly what the app indexes.
// Fixtures hand out row ids; the core takes uids.

let counter = 0;
const uid = (prefix: string): string => `${prefix}-${(++counter).toString().padStart(6, '0')}-fixture`;

export interface DocFixture {
  title: string;
  paragraphs: string[];
  outlet?: string | null;
  published?: string | null;
  language?: string | null;
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
      language: d.language ?? null,
      text,
      blocks,
      contentHash: uid('hash'),
      origin: 'fixture',
    }),
  )();
  return { ...doc, blocks, text };
}

const uidOf = (p: Project, table: 'themes' | 'annotations', id: number): string =>
  (p.db.prepare(`SELECT uid FROM ${table} WHERE id = ?`).get(id) as { uid: string }).uid;

export function addTheme(p: Project, name: string, parentId: number | null = null): number {
  const parent = parentId === null ? null : uidOf(p, 'themes', parentId);
  return themeRow(p, createTheme(p, { name, parent }).uid).id;
}

export function addAnnotation(
  p: Project,
  doc: { id: number; uid: string; text: string },
  quote: string,
  opts: { note?: string; themes?: number[] } = {},
): { id: number; uid: string; start: number } {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in document: ${quote}`);
  const a = createAnnotation(p, {
    document: doc.uid,
    start,
    end: start + quote.length,
    snap: false,
    themes: (opts.themes ?? []).map((t) => uidOf(p, 'themes', t)),
    themeNames: [],
    noteText: opts.note,
  });
  return { id: (p.db.prepare('SELECT id FROM annotations WHERE uid = ?').get(a.uid) as { id: number }).id, uid: a.uid, start };
}

export function addClaim(
  p: Project,
  statement: string,
  opts: { notes?: string; credibility?: number; eventDate?: string; evidence?: number[] } = {},
): { id: number; uid: string } {
  const c = createClaim(p, {
    statement,
    eventDate: opts.eventDate ?? null,
    status: 'open',
    credibility: opts.credibility ?? 6,
    notes: opts.notes ?? '',
    evidence: (opts.evidence ?? []).map((a) => ({ annotation: uidOf(p, 'annotations', a), stance: 'supports' as const, note: '' })),
  });
  return { id: (p.db.prepare('SELECT id FROM claims WHERE uid = ?').get(c.uid) as { id: number }).id, uid: c.uid };
}

export function addArgument(p: Project, title: string, thesis: string, bodyText: string, claimUids: string[] = []): { id: number; uid: string } {
  const { uid } = createArgument(p, { title, thesis });
  const refs = claimUids.map((claimUid) => ({ type: 'claimRef', attrs: { claimUid, stance: 'supports' } }));
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: bodyText }, ...refs] }] };
  // bodyText as the editor sends it (the plain text without the reference chips).
  updateArgument(p, uid, { body: JSON.stringify(body), bodyText });
  return { id: (p.db.prepare('SELECT id FROM arguments WHERE uid = ?').get(uid) as { id: number }).id, uid };
}
