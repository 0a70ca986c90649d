import type { AchBoard, AchRating } from '@common/api/schemas/ach';
import { getClaimSummaries } from './claim-summaries';
import { notFound } from '../errors';
import type { Project } from '../session';
import { newUid } from '../util/uid';
import { inconsistency, isDiagnostic, leaderOf, originsOf, weightOf } from './scores';
import { prepared, preparedValue } from '../data/statements';

interface BoardRow {
  id: number;
  uid: string;
  question: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function boardRow(p: Project, uid: string): BoardRow {
  const row = prepared(p, 'SELECT * FROM ach_boards WHERE uid = ?').get(uid) as BoardRow | undefined;
  if (!row) throw notFound('board', uid);
  return row;
}

export function hypothesisRow(p: Project, uid: string): { id: number; board_id: number } {
  const row = prepared(p, 'SELECT id, board_id FROM ach_hypotheses WHERE uid = ?').get(uid) as { id: number; board_id: number } | undefined;
  if (!row) throw notFound('hypothesis', uid);
  return row;
}

export const touch = (p: Project, boardId: number): void => void prepared(p, 'UPDATE ach_boards SET updated_at = ? WHERE id = ?').run(p.now(), boardId);

/** The whole board: hypotheses with their scores, claims with corroboration, ratings, diagnosticity and sensitivity. */
export function getBoard(p: Project, uid: string): AchBoard {
  const b = boardRow(p, uid);
  const hyps = prepared(p, 'SELECT id, uid, label FROM ach_hypotheses WHERE board_id = ? ORDER BY position, id').all(b.id) as {
    id: number;
    uid: string;
    label: string;
  }[];
  const claimIds = preparedValue(p, 'SELECT claim_id FROM ach_claims WHERE board_id = ? ORDER BY position').all(b.id) as number[];
  const claims = getClaimSummaries(p, claimIds);
  const ratings = prepared(p, 'SELECT r.hypothesis_id, r.claim_id, r.rating, r.note FROM ach_ratings r JOIN ach_hypotheses h ON h.id = r.hypothesis_id WHERE h.board_id = ?')
    .all(b.id) as { hypothesis_id: number; claim_id: number; rating: AchRating; note: string }[];
  const cell = new Map(ratings.map((r) => [`${r.hypothesis_id}:${r.claim_id}`, r]));
  const scored = claims.map(({ id, summary }) => {
    const { origins, traced } = originsOf(summary.corroboration);
    const cells = hyps.map((h) => cell.get(`${h.id}:${id}`));
    return { summary, origins, traced, weight: weightOf(origins), cells, ratings: cells.map((c) => c?.rating) };
  });
  const scores = inconsistency(scored, hyps.length);
  const leader = leaderOf(scores);
  return {
    uid: b.uid,
    question: b.question,
    notes: b.notes,
    hypotheses: hyps.map((h, i) => ({
      uid: h.uid,
      label: h.label,
      inconsistent: scored.filter((r) => r.ratings[i] === 'inconsistent').length,
      weightedInconsistency: scores[i]!,
    })),
    rows: scored.map((r, i) => {
      const scoresIfWrong = inconsistency(scored, hyps.length, i);
      const without = leaderOf(scoresIfWrong);
      return {
        claimUid: r.summary.uid,
        statement: r.summary.statement,
        grade: r.summary.corroboration.grade,
        origins: r.origins,
        originsTraced: r.traced,
        weight: r.weight,
        diagnostic: isDiagnostic(r.ratings),
        cells: r.cells.flatMap((c, h) => (c ? [{ hypothesis: hyps[h]!.uid, rating: c.rating, note: c.note }] : [])),
        leaderIfWrong: without !== leader && without !== null ? hyps[without]!.uid : null,
        scoresIfWrong,
        leaderChanges: without !== leader,
      };
    }),
    leader: leader === null ? null : hyps[leader]!.uid,
    createdAt: b.created_at,
    updatedAt: b.updated_at,
  };
}

export function listBoards(p: Project) {
  return (
    prepared(p, 
        `SELECT b.uid, b.question, b.updated_at AS updatedAt,
          (SELECT count(*) FROM ach_hypotheses h WHERE h.board_id = b.id) AS hypotheses,
          (SELECT count(*) FROM ach_claims c WHERE c.board_id = b.id) AS claims
         FROM ach_boards b ORDER BY b.updated_at DESC, b.id DESC`,
      )
      .all() as { uid: string; question: string; updatedAt: string; hypotheses: number; claims: number }[]
  );
}

export function createBoard(p: Project, question: string, hypotheses: string[]): AchBoard {
  return p.db.transaction(() => {
    const uid = newUid();
    const now = p.now();
    const { lastInsertRowid } = prepared(p, 'INSERT INTO ach_boards (uid, question, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(uid, question, now, now);
    hypotheses.forEach((label, i) => insertHypothesis(p, Number(lastInsertRowid), label, i));
    return getBoard(p, uid);
  })();
}

export function insertHypothesis(p: Project, boardId: number, label: string, position?: number): void {
  const at = position ?? ((preparedValue(p, 'SELECT ifnull(max(position), -1) + 1 FROM ach_hypotheses WHERE board_id = ?').get(boardId) as number));
  prepared(p, 'INSERT INTO ach_hypotheses (uid, board_id, label, position) VALUES (?, ?, ?, ?)').run(newUid(), boardId, label, at);
}

export function updateBoard(p: Project, uid: string, patch: { question?: string; notes?: string }): AchBoard {
  const b = boardRow(p, uid);
  prepared(p, 'UPDATE ach_boards SET question = ?, notes = ?, updated_at = ? WHERE id = ?')
    .run(patch.question ?? b.question, patch.notes ?? b.notes, p.now(), b.id);
  return getBoard(p, uid);
}

export function deleteBoard(p: Project, uid: string): { ok: true } {
  const { changes } = prepared(p, 'DELETE FROM ach_boards WHERE uid = ?').run(uid);
  if (changes === 0) throw notFound('board', uid);
  return { ok: true };
}

export function boardOfHypothesis(p: Project, hypothesisUid: string): string {
  const { board_id } = hypothesisRow(p, hypothesisUid);
  return preparedValue(p, 'SELECT uid FROM ach_boards WHERE id = ?').get(board_id) as string;
}
