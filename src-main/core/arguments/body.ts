import { CLAIM_REF_NODE, ClaimRefAttrs } from '@common/api/schemas/arguments';
import type { Stance } from '@common/api/schemas/claims';
import { DossierError } from '../errors';

interface JsonNode {
  type?: unknown;
  text?: unknown;
  attrs?: unknown;
  content?: unknown;
}

export interface ClaimReference {
  claimUid: string;
  stance: Stance;
}

/** How a claim reference reads in plain text, given its citation number. */
export type RefMarker = (number: number, ref: ClaimReference) => string;
export const bracketMarker: RefMarker = (n) => `[${n}]`;

const MAX_DEPTH = 200;
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'codeBlock', 'horizontalRule']);
const bad = (why: string): DossierError => new DossierError('invalid-input', `argument body: ${why}`);

/**
 * Reads a saved tiptap body: checks its shape, collects the claimRef nodes in document order
 * and the plain text, blocks separated by a blank line and each reference written by
 * `marker` with its citation number (first appearance). Throws invalid-input for junk.
 */
export function readBody(json: string, marker: RefMarker = bracketMarker): { refs: ClaimReference[]; text: string } {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    throw bad('not valid JSON');
  }
  if (!root || typeof root !== 'object' || (root as JsonNode).type !== 'doc') throw bad('the root must be a "doc" node');
  const refs: ClaimReference[] = [];
  const numbers = new Map<string, number>();
  let text = '';
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) throw bad('nested too deeply');
    if (!node || typeof node !== 'object' || Array.isArray(node)) throw bad('every node must be an object');
    const n = node as JsonNode;
    if (typeof n.type !== 'string') throw bad('every node needs a type');
    if (n.type === CLAIM_REF_NODE) {
      const attrs = ClaimRefAttrs.safeParse(n.attrs ?? {});
      if (!attrs.success) throw bad('a claim reference needs attrs {claimUid, stance: supports|contradicts|context}');
      refs.push(attrs.data);
      if (!numbers.has(attrs.data.claimUid)) numbers.set(attrs.data.claimUid, numbers.size + 1);
      text += marker(numbers.get(attrs.data.claimUid)!, attrs.data);
      return;
    }
    if (n.type === 'text') text += typeof n.text === 'string' ? n.text : '';
    if (n.type === 'hardBreak') text += '\n';
    if (n.content !== undefined) {
      if (!Array.isArray(n.content)) throw bad('content must be an array');
      for (const child of n.content) walk(child, depth + 1);
    }
    if (BLOCKS.has(n.type) && text && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
  };
  walk(root, 0);
  return { refs, text: text.trim() };
}
