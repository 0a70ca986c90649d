import type {
  ArgumentRef,
  ClaimDeleted,
  ClaimDetail,
  ClaimFromAnnotation,
  ClaimFromPassage,
  ClaimFromPassageResult,
  ClaimPatch,
  ClaimSnapshot,
  ClaimSummary,
  DeleteImpact,
  NewClaim,
} from '@common/api/schemas/claims';
import { createAnnotation } from '../annotate/annotations';
import { DossierError, notFound } from '../errors';
import type { Project } from '../session';
import { reindex, unindex } from '../search/index-writer';
import { newUid } from '../util/uid';
import { evidenceOf, insertEvidence } from './evidence';
import { resolveRef } from '../data/resolve';
import { CLAIM_SELECT, summarize, type ClaimRow } from './summaries';
import { prepared } from '../data/statements';

export function claimRow(p: Project, ref: string): ClaimRow {
  const { id } = resolveRef(p, 'claim', ref);
  return prepared(p, `${CLAIM_SELECT} WHERE c.id = ?`).get(id) as ClaimRow;
}

/** Keeps the claim's search row in step; call in the transaction that changed it. */
export function indexClaim(p: Project, id: number): void {
  const c = prepared(p, 'SELECT statement, notes, event_date, credibility FROM claims WHERE id = ?').get(id) as {
    statement: string;
    notes: string;
    event_date: string | null;
    credibility: number;
  };
  reindex(p, 'claim', id, [{ kind: 'claim', refId: id, title: c.statement, body: c.notes, date: c.event_date, credibility: c.credibility }]);
}

/** Arguments whose body cites the claim, with how many times. */
export function citingArguments(p: Project, claimUid: string): ArgumentRef[] {
  return prepared(p,
      `SELECT a.uid, a.title, count(*) AS refs FROM argument_claims ac JOIN arguments a ON a.id = ac.argument_id
       WHERE ac.claim_uid = ? GROUP BY a.id ORDER BY a.title COLLATE NOCASE`,
    )
    .all(claimUid)
    .map((r) => {
      const { uid, title, refs } = r as { uid: string; title: string; refs: number };
      return { uid, title, references: refs };
    });
}

export const claimSummary = (p: Project, row: ClaimRow): ClaimSummary => summarize(p, [row])[0]!;

export function getClaim(p: Project, ref: string): ClaimDetail {
  const row = claimRow(p, ref);
  return { ...claimSummary(p, row), evidence: evidenceOf(p, row.id), arguments: citingArguments(p, row.uid) };
}

export function createClaim(p: Project, input: NewClaim): ClaimDetail {
  const uid = newUid();
  p.db.transaction(() => {
    const now = p.now();
    const { lastInsertRowid } = prepared(p,
        `INSERT INTO claims (uid, statement, event_date, status, credibility, notes, created_at, updated_at)
         VALUES (@uid, @statement, @eventDate, @status, @credibility, @notes, @now, @now)`,
      )
      .run({ uid, statement: input.statement, eventDate: input.eventDate, status: input.status, credibility: input.credibility, notes: input.notes, now });
    const id = Number(lastInsertRowid);
    insertEvidence(p, id, input.evidence);
    indexClaim(p, id);
  })();
  return getClaim(p, uid);
}

/** "Make claim" from a passage: its quote, whitespace collapsed, is the default statement. */
export function createClaimFromAnnotation(p: Project, input: ClaimFromAnnotation): ClaimDetail {
  const { id } = resolveRef(p, 'annotation', input.annotation);
  const { exact } = prepared(p, 'SELECT exact FROM annotations WHERE id = ?').get(id) as { exact: string };
  const { annotation, stance, note, statement, ...rest } = input;
  return createClaim(p, {
    ...rest,
    statement: statement ?? exact.replace(/\s+/g, ' ').trim(),
    evidence: [{ annotation, stance, note }],
  });
}

/** "Make claim" on a bare selection: the annotation and the claim, both or neither. */
export function createClaimFromPassage(p: Project, input: ClaimFromPassage): ClaimFromPassageResult {
  const { document, start, end, themes, themeNames, ...claim } = input;
  return p.db.transaction(() => {
    const annotation = createAnnotation(p, { document, start, end, snap: true, themes, themeNames });
    return { annotation, claim: createClaimFromAnnotation(p, { ...claim, annotation: annotation.uid }) };
  })();
}

const PATCH_COLUMNS = { statement: 'statement', eventDate: 'event_date', status: 'status', credibility: 'credibility', notes: 'notes' } as const;

export function updateClaim(p: Project, ref: string, patch: ClaimPatch): ClaimDetail {
  const row = claimRow(p, ref);
  const keys = (Object.keys(PATCH_COLUMNS) as (keyof typeof PATCH_COLUMNS)[]).filter((k) => patch[k] !== undefined);
  if (keys.length > 0) {
    p.db.transaction(() => {
      prepared(p, `UPDATE claims SET ${keys.map((k) => `${PATCH_COLUMNS[k]} = @${k}`).join(', ')}, updated_at = @now WHERE id = @id`)
        .run({ ...Object.fromEntries(keys.map((k) => [k, patch[k]])), now: p.now(), id: row.id });
      indexClaim(p, row.id);
    })();
  }
  return getClaim(p, row.uid);
}

/** Marks the claim changed when its evidence changes (the table sorts by it). */
export const touchClaim = (p: Project, id: number): void => {
  prepared(p, 'UPDATE claims SET updated_at = ? WHERE id = ?').run(p.now(), id);
};

export function claimDeleteImpact(p: Project, ref: string): DeleteImpact {
  const row = claimRow(p, ref);
  return { uid: row.uid, statement: row.statement, arguments: citingArguments(p, row.uid) };
}

/**
 * Deletes the claim and its evidence links. Arguments keep their references (no foreign
 * key on purpose), which then render as broken; the answer names them and carries what undo
 * needs to bring the claim back.
 */
export function deleteClaim(p: Project, ref: string): ClaimDeleted {
  const impact = claimDeleteImpact(p, ref);
  return p.db.transaction(() => {
    const row = claimRow(p, impact.uid);
    const evidence = prepared(
      p,
      `SELECT a.uid AS annotationUid, e.stance, e.note, e.position FROM claim_evidence e
       JOIN annotations a ON a.id = e.annotation_id WHERE e.claim_id = ? ORDER BY e.position`,
    ).all(row.id) as ClaimSnapshot['evidence'];
    if (prepared(p, 'DELETE FROM claims WHERE id = ?').run(row.id).changes !== 1) throw notFound('claim', ref);
    unindex(p, { kind: 'claim', refId: row.id });
    const restore: ClaimSnapshot = {
      uid: row.uid,
      statement: row.statement,
      eventDate: row.event_date,
      status: row.status,
      credibility: row.credibility,
      notes: row.notes,
      createdAt: row.created_at,
      evidence,
    };
    return { ...impact, restore };
  })();
}

/** Undo of delete. Evidence whose passage was deleted meanwhile is left out. */
export function restoreClaim(p: Project, s: ClaimSnapshot): ClaimDetail {
  p.db.transaction(() => {
    if (prepared(p, 'SELECT 1 FROM claims WHERE uid = ?').get(s.uid)) throw new DossierError('conflict', `claim ${s.uid} exists already`);
    const { lastInsertRowid } = prepared(
      p,
      `INSERT INTO claims (uid, statement, event_date, status, credibility, notes, created_at, updated_at)
       VALUES (@uid, @statement, @eventDate, @status, @credibility, @notes, @createdAt, @now)`,
    ).run({ ...s, now: p.now() });
    const id = Number(lastInsertRowid);
    const evidence = prepared(
      p,
      `INSERT INTO claim_evidence (claim_id, annotation_id, stance, note, position)
       SELECT @claimId, id, @stance, @note, @position FROM annotations WHERE uid = @annotationUid`,
    );
    for (const e of s.evidence) evidence.run({ ...e, claimId: id });
    indexClaim(p, id);
  })();
  return getClaim(p, s.uid);
}
