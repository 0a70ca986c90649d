import type { ArgumentCitation, ArgumentDetail } from '@common/api/schemas/arguments';
import type { Stance } from '@common/api/schemas/claims';
import { numberRefs } from '@common/richtext/doc';
import { getClaim } from '../claims/claims';
import type { Project } from '../session';
import type { ArgumentRow } from './arguments';
import { toSummary } from './arguments';
import { prepared } from '../data/statements';

interface RefRow {
  position: number;
  claim_uid: string;
  stance: Stance;
}

/**
 * The argument's claim references in body order, and the cited claims numbered by first
 * appearance, each with the stances it is cited with (claim null when it was deleted).
 */
export function numberedReferences(p: Project, argumentId: number): { refs: (RefRow & { number: number })[]; citations: ArgumentCitation[] } {
  const rows = prepared(p, 'SELECT position, claim_uid, stance FROM argument_claims WHERE argument_id = ? ORDER BY position')
    .all(argumentId) as RefRow[];
  const numbers = numberRefs(rows.map((r) => ({ claimUid: r.claim_uid })));
  const uids = [...numbers.keys()];
  // Exact uids only: a reference to a deleted claim must not resolve to another by prefix.
  const existing = new Set(
    (prepared(p, 'SELECT uid FROM claims WHERE uid IN (SELECT value FROM json_each(?))').all(JSON.stringify(uids)) as { uid: string }[]).map(
      (r) => r.uid,
    ),
  );
  const citations: ArgumentCitation[] = uids.map((uid) => {
    const claim = existing.has(uid) ? getClaim(p, uid) : null;
    return { number: numbers.get(uid)!, claimUid: uid, broken: claim === null, stances: [], claim };
  });
  const byUid = new Map(citations.map((c) => [c.claimUid, c]));
  const refs = rows.map((r) => {
    const c = byUid.get(r.claim_uid)!;
    if (!c.stances.includes(r.stance)) c.stances.push(r.stance);
    return { ...r, number: c.number };
  });
  return { refs, citations };
}

export function argumentDetail(p: Project, row: ArgumentRow): ArgumentDetail {
  const { refs, citations } = numberedReferences(p, row.id);
  const by = (stance: Stance): ArgumentCitation[] => citations.filter((c) => c.stances.includes(stance));
  return {
    ...toSummary(row),
    body: row.body,
    bodyText: row.body_text,
    references: refs.map((r) => ({
      position: r.position,
      number: r.number,
      claimUid: r.claim_uid,
      stance: r.stance,
      broken: citations[r.number - 1]!.broken,
    })),
    citations,
    supporting: by('supports'),
    opposing: by('contradicts'),
    context: by('context'),
  };
}
