import { CLAIM_REF_NODE } from '@common/api/schemas/arguments';
import type { ArgumentDetail } from '@common/api/schemas/arguments';
import { createArgument, updateArgument } from '../arguments/arguments';
import type { Project } from '../session';
import { getBoard } from './boards';

const text = (t: string) => ({ type: 'text', text: t });
const para = (...content: object[]) => ({ type: 'paragraph', content });

/**
 * A new argument from a board: the question as its title, the least inconsistent hypothesis
 * as its thesis, and a paragraph per hypothesis citing the claims consistent (supports) and
 * inconsistent (contradicts) with it, so the argument's claim panel and exports show the evidence.
 */
export function boardToArgument(p: Project, uid: string): ArgumentDetail {
  const b = getBoard(p, uid);
  const leader = b.hypotheses.find((h) => h.uid === b.leader);
  return p.db.transaction(() => {
    const arg = createArgument(p, { title: b.question, thesis: leader ? leader.label : '' });
    const content = b.hypotheses.flatMap((h) => {
      const cites = (rating: 'consistent' | 'inconsistent', stance: 'supports' | 'contradicts') =>
        b.rows.filter((r) => r.cells.some((c) => c.hypothesis === h.uid && c.rating === rating)).map((r) => ({ type: CLAIM_REF_NODE, attrs: { claimUid: r.claimUid, stance } }));
      const pro = cites('consistent', 'supports');
      const contra = cites('inconsistent', 'contradicts');
      return [
        { type: 'heading', attrs: { level: 2 }, content: [text(`${h.label} (inconsistency ${h.weightedInconsistency.toFixed(2)})`)] },
        para(text(pro.length ? 'Consistent: ' : 'No claim is consistent with it.'), ...pro.flatMap((c) => [c, text(' ')])),
        para(text(contra.length ? 'Inconsistent: ' : 'No claim is inconsistent with it.'), ...contra.flatMap((c) => [c, text(' ')])),
      ];
    });
    return updateArgument(p, arg.uid, { body: JSON.stringify({ type: 'doc', content }) });
  })();
}
