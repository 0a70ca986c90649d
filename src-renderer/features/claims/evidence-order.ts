import { mutate } from '../../bridge/mutate';
import { annotationUndo } from '../annotate/annotation-ops';

/** The list with the item at `from` moved to `to` (both indexes into the list as it is). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, to)), 0, item!);
  return out;
}

const reorder = (claim: string, annotations: string[]) => mutate('claims.reorderEvidence', { claim, annotations });

/** Puts a claim's evidence in a new order, as one step of undo (Ctrl+Z brings the old order back). */
export async function reorderEvidence(claim: string, before: readonly string[], after: string[]): Promise<void> {
  if (before.every((uid, i) => after[i] === uid)) return;
  await reorder(claim, after);
  const old = [...before];
  annotationUndo.push({
    label: 'Reorder evidence',
    undo: async () => void (await reorder(claim, old)),
    redo: async () => void (await reorder(claim, after)),
  });
}
