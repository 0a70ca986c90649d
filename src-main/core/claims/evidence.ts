import type { Evidence, Stance } from '@common/api/schemas/claims';
import { annotationById } from '../annotate/annotation-rows';
import { DossierError, notFound } from '../errors';
import type { Project } from '../session';
import { resolveRef } from '../data/resolve';
import { prepared } from '../data/statements';

interface EvidenceRow {
  stance: Stance;
  note: string;
  position: number;
  annotation_id: number;
  d_uid: string;
  title: string;
  author: string | null;
  published: string | null;
  url: string | null;
  retrieved_at: string | null;
  o_uid: string | null;
  o_name: string | null;
  kind: NonNullable<Evidence['outlet']>['kind'] | null;
  grade: NonNullable<Evidence['outlet']>['grade'] | null;
}

const EVIDENCE = `SELECT e.stance, e.note, e.position, e.annotation_id, d.uid AS d_uid, d.title, d.author, d.published, d.url,
    d.retrieved_at, o.uid AS o_uid, o.name AS o_name, o.kind, o.grade
  FROM claim_evidence e JOIN annotations a ON a.id = e.annotation_id JOIN documents d ON d.id = a.document_id
  LEFT JOIN outlets o ON o.id = d.outlet_id
  WHERE e.claim_id = ? ORDER BY e.position, e.id`;

/** The claim's evidence in order; the passage itself comes from the annotation module. */
export function evidenceOf(p: Project, claimId: number): Evidence[] {
  return (prepared(p, EVIDENCE).all(claimId) as EvidenceRow[]).map((r) => {
    const a = annotationById(p, r.annotation_id);
    return {
      stance: r.stance,
      note: r.note,
      position: r.position,
      annotation: {
        uid: a.uid,
        quote: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        start: a.start,
        end: a.end,
        version: a.version,
        anchorStatus: a.anchorStatus,
        note: a.noteText,
        themes: a.themes,
      },
      document: { uid: r.d_uid, title: r.title, author: r.author, published: r.published, url: r.url, retrievedAt: r.retrieved_at },
      outlet: r.o_uid ? { uid: r.o_uid, name: r.o_name!, kind: r.kind!, grade: r.grade! } : null,
    };
  });
}

/** Attaches annotations to a claim after its current evidence. Call inside a transaction. */
export function insertEvidence(p: Project, claimId: number, items: { annotation: string; stance: Stance; note: string }[]): void {
  const ids = items.map((e) => resolveRef(p, 'annotation', e.annotation).id);
  if (new Set(ids).size !== ids.length) throw new DossierError('invalid-input', 'the same passage is attached twice');
  const taken = prepared(p, 'SELECT 1 FROM claim_evidence WHERE claim_id = ? AND annotation_id = ?');
  const next = (prepared(p, 'SELECT ifnull(max(position) + 1, 0) AS n FROM claim_evidence WHERE claim_id = ?').get(claimId) as {
    n: number;
  }).n;
  const insert = prepared(p, 'INSERT INTO claim_evidence (claim_id, annotation_id, stance, note, position) VALUES (?, ?, ?, ?, ?)');
  items.forEach((e, i) => {
    if (taken.get(claimId, ids[i])) throw new DossierError('conflict', `passage ${e.annotation} is already evidence for this claim`);
    insert.run(claimId, ids[i], e.stance, e.note, next + i);
  });
}

function evidenceId(p: Project, claimId: number, annotation: string): number {
  const annotationId = resolveRef(p, 'annotation', annotation).id;
  const row = prepared(p, 'SELECT id FROM claim_evidence WHERE claim_id = ? AND annotation_id = ?').get(claimId, annotationId) as
    | { id: number }
    | undefined;
  if (!row) throw notFound('evidence passage of this claim', annotation);
  return row.id;
}

export function updateEvidenceRow(p: Project, claimId: number, annotation: string, patch: { stance?: Stance; note?: string }): void {
  const id = evidenceId(p, claimId, annotation);
  prepared(p, 'UPDATE claim_evidence SET stance = ifnull(@stance, stance), note = ifnull(@note, note) WHERE id = @id')
    .run({ id, stance: patch.stance ?? null, note: patch.note ?? null });
}

export function removeEvidenceRow(p: Project, claimId: number, annotation: string): void {
  prepared(p, 'DELETE FROM claim_evidence WHERE id = ?').run(evidenceId(p, claimId, annotation));
}

/** Puts the claim's evidence in the given order; the list must name every passage once. */
export function reorderEvidenceRows(p: Project, claimId: number, annotations: string[]): void {
  const ids = annotations.map((a) => evidenceId(p, claimId, a));
  const count = (prepared(p, 'SELECT count(*) AS n FROM claim_evidence WHERE claim_id = ?').get(claimId) as { n: number }).n;
  if (new Set(ids).size !== ids.length || ids.length !== count) {
    throw new DossierError('invalid-input', `the new order must list each of the claim's ${count} passages once`);
  }
  const set = prepared(p, 'UPDATE claim_evidence SET position = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i, id));
}
