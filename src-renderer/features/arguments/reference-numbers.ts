import type { Node as PmNode } from '@tiptap/pm/model';
import { CLAIM_REF_NODE } from '@common/api/schemas/arguments';

/**
 * Citation numbers as the core computes them: a claim's number is the order of its first
 * reference in the body. Walks the doc without serialising it.
 */
export function referenceNumbers(doc: PmNode): Map<string, number> {
  const numbers = new Map<string, number>();
  doc.descendants((node) => {
    if (node.type.name === CLAIM_REF_NODE) {
      const uid = String(node.attrs.claimUid);
      if (!numbers.has(uid)) numbers.set(uid, numbers.size + 1);
      return false;
    }
    return true;
  });
  return numbers;
}

export const sameNumbers = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
