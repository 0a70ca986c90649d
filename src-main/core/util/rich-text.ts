import type { Node as PmNode } from '@tiptap/pm/model';
import { InvalidRichText, parseDoc } from '@common/richtext/doc';
import { DossierError } from '../errors';

/** Saved rich text from a caller, validated against the editors' schema; junk is invalid-input naming `what`. */
export function readRichText(json: string, what: string): PmNode {
  try {
    return parseDoc(json);
  } catch (e) {
    if (e instanceof InvalidRichText) throw new DossierError('invalid-input', `${what}: ${e.message}`);
    throw e;
  }
}
