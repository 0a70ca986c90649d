import type { ArgumentDetail, ArgumentPatch, ArgumentSummary } from '@common/api/schemas/arguments';
import { EMPTY_BODY } from '@common/api/schemas/arguments';
import { fold } from '@common/text/fold';
import { resolveRef } from '../data/resolve';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { reindex, unindex } from '../search/index-writer';
import { newUid } from '../util/uid';
import { argumentDetail } from './argument-view';
import { readBody } from './body';
import { prepared } from '../data/statements';

export interface ArgumentRow {
  id: number;
  uid: string;
  title: string;
  thesis: string;
  body: string;
  body_text: string;
  created_at: string;
  updated_at: string;
  claim_count: number;
  broken_count: number;
}

const SELECT = `SELECT a.*,
    (SELECT count(DISTINCT claim_uid) FROM argument_claims ac WHERE ac.argument_id = a.id) AS claim_count,
    (SELECT count(DISTINCT claim_uid) FROM argument_claims ac WHERE ac.argument_id = a.id
       AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.uid = ac.claim_uid)) AS broken_count
  FROM arguments a`;

export const toSummary = (r: ArgumentRow): ArgumentSummary => ({
  uid: r.uid,
  title: r.title,
  thesis: r.thesis,
  claimCount: r.claim_count,
  brokenCount: r.broken_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function argumentRow(p: Project, ref: string): ArgumentRow {
  const { id } = resolveRef(p, 'argument', ref);
  return prepared(p, `${SELECT} WHERE a.id = ?`).get(id) as ArgumentRow;
}

/** Arguments, most recently edited first; `text` matches title, thesis and body, folded. */
export function listArguments(p: Project, q: { text?: string }): ArgumentSummary[] {
  const rows = prepared(p, `${SELECT} ORDER BY a.updated_at DESC, a.id DESC`).all() as ArgumentRow[];
  const needle = q.text?.trim() ? fold(q.text.trim()) : '';
  const hit = (r: ArgumentRow): boolean => fold(`${r.title}\n${r.thesis}\n${r.body_text}`).includes(needle);
  return (needle ? rows.filter(hit) : rows).map(toSummary);
}

export const getArgument = (p: Project, ref: string): ArgumentDetail => argumentDetail(p, argumentRow(p, ref));

export function indexArgument(p: Project, id: number): void {
  const a = prepared(p, 'SELECT title, thesis, body_text FROM arguments WHERE id = ?').get(id) as { title: string; thesis: string; body_text: string };
  reindex(p, 'argument', id, [{ kind: 'argument', refId: id, title: a.title, body: `${a.thesis}\n${a.body_text}` }]);
}

export function createArgument(p: Project, input: { title: string; thesis: string }): ArgumentDetail {
  const uid = newUid();
  p.db.transaction(() => {
    const now = p.now();
    const { lastInsertRowid } = prepared(p, 'INSERT INTO arguments (uid, title, thesis, body, body_text, created_at, updated_at) VALUES (?, ?, ?, ?, \'\', ?, ?)')
      .run(uid, input.title, input.thesis, EMPTY_BODY, now, now);
    indexArgument(p, Number(lastInsertRowid));
  })();
  return getArgument(p, uid);
}

/**
 * Saves an edit. A new body rewrites the argument's claim references from its claimRef
 * nodes, in document order, and the search row, all in one transaction.
 */
export function updateArgument(p: Project, ref: string, patch: ArgumentPatch): ArgumentDetail {
  const row = argumentRow(p, ref);
  if (patch.bodyText !== undefined && patch.body === undefined) throw new DossierError('invalid-input', 'bodyText is saved together with body');
  const body = patch.body !== undefined ? readBody(patch.body) : undefined;
  p.db.transaction(() => {
    const next = {
      id: row.id,
      title: patch.title ?? row.title,
      thesis: patch.thesis ?? row.thesis,
      body: body?.body ?? row.body,
      bodyText: patch.bodyText ?? body?.text ?? row.body_text,
      now: p.now(),
    };
    prepared(p, 'UPDATE arguments SET title = @title, thesis = @thesis, body = @body, body_text = @bodyText, updated_at = @now WHERE id = @id')
      .run(next);
    if (body) {
      prepared(p, 'DELETE FROM argument_claims WHERE argument_id = ?').run(row.id);
      const insert = prepared(p, 'INSERT INTO argument_claims (argument_id, claim_uid, stance, position) VALUES (?, ?, ?, ?)');
      body.refs.forEach((r, i) => insert.run(row.id, r.claimUid, r.stance, i));
    }
    indexArgument(p, row.id);
  })();
  return getArgument(p, row.uid);
}

export function deleteArgument(p: Project, ref: string): void {
  const row = argumentRow(p, ref);
  p.db.transaction(() => {
    prepared(p, 'DELETE FROM arguments WHERE id = ?').run(row.id);
    unindex(p, { kind: 'argument', refId: row.id });
  })();
}
