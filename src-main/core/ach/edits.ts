import type { AchBoard, AchRating } from '@common/api/schemas/ach';
import { resolveRef } from '../data/resolve';
import { notFound } from '../errors';
import type { Project } from '../session';
import { boardOfHypothesis, boardRow, getBoard, hypothesisRow, insertHypothesis, touch } from './boards';
import { prepared, preparedValue } from '../data/statements';

// Changes to a board's columns, rows and cells; each answers with the whole board again.

export function addHypothesis(p: Project, board: string, label: string): AchBoard {
  const b = boardRow(p, board);
  insertHypothesis(p, b.id, label);
  touch(p, b.id);
  return getBoard(p, board);
}

export function renameHypothesis(p: Project, uid: string, label: string): AchBoard {
  const h = hypothesisRow(p, uid);
  prepared(p, 'UPDATE ach_hypotheses SET label = ? WHERE id = ?').run(label, h.id);
  touch(p, h.board_id);
  return getBoard(p, boardOfHypothesis(p, uid));
}

export function removeHypothesis(p: Project, uid: string): AchBoard {
  const board = boardOfHypothesis(p, uid);
  const h = hypothesisRow(p, uid);
  prepared(p, 'DELETE FROM ach_hypotheses WHERE id = ?').run(h.id);
  touch(p, h.board_id);
  return getBoard(p, board);
}

/** Adds claims as rows after the last one; a claim on the board already stays where it is. */
export function addClaims(p: Project, board: string, refs: readonly string[]): AchBoard {
  return p.db.transaction(() => {
    const b = boardRow(p, board);
    const ids = refs.map((r) => resolveRef(p, 'claim', r).id);
    let next = preparedValue(p, 'SELECT ifnull(max(position), -1) + 1 FROM ach_claims WHERE board_id = ?').get(b.id) as number;
    const insert = prepared(p, 'INSERT OR IGNORE INTO ach_claims (board_id, claim_id, position) VALUES (?, ?, ?)');
    for (const id of ids) if (insert.run(b.id, id, next).changes) next++;
    touch(p, b.id);
    return getBoard(p, board);
  })();
}

export function removeClaim(p: Project, board: string, ref: string): AchBoard {
  return p.db.transaction(() => {
    const b = boardRow(p, board);
    const claim = resolveRef(p, 'claim', ref).id;
    const { changes } = prepared(p, 'DELETE FROM ach_claims WHERE board_id = ? AND claim_id = ?').run(b.id, claim);
    if (!changes) throw notFound('claim on this board', ref);
    prepared(p, 'DELETE FROM ach_ratings WHERE claim_id = ? AND hypothesis_id IN (SELECT id FROM ach_hypotheses WHERE board_id = ?)').run(claim, b.id);
    touch(p, b.id);
    return getBoard(p, board);
  })();
}

/** Rates a claim against a hypothesis (null clears it); the claim must be a row of the board. */
export function rate(p: Project, input: { hypothesis: string; claim: string; rating: AchRating | null; note?: string }): AchBoard {
  return p.db.transaction(() => {
    const h = hypothesisRow(p, input.hypothesis);
    const claim = resolveRef(p, 'claim', input.claim).id;
    if (!prepared(p, 'SELECT 1 FROM ach_claims WHERE board_id = ? AND claim_id = ?').get(h.board_id, claim)) {
      throw notFound('claim on this board', input.claim);
    }
    if (input.rating === null) prepared(p, 'DELETE FROM ach_ratings WHERE hypothesis_id = ? AND claim_id = ?').run(h.id, claim);
    else {
      prepared(p, 
          `INSERT INTO ach_ratings (hypothesis_id, claim_id, rating, note) VALUES (@h, @c, @rating, @note)
           ON CONFLICT (hypothesis_id, claim_id) DO UPDATE SET rating = excluded.rating, note = coalesce(@given, note)`,
        )
        .run({ h: h.id, c: claim, rating: input.rating, note: input.note ?? '', given: input.note ?? null });
    }
    touch(p, h.board_id);
    return getBoard(p, boardOfHypothesis(p, input.hypothesis));
  })();
}
