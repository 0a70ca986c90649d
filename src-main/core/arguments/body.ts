import type { ClaimRefAttrs } from '@common/api/schemas/arguments';
import { bracketMarker, claimRefs, plainText, serialiseDoc, type ClaimMarker } from '@common/richtext/doc';
import { readRichText } from '../util/rich-text';

/**
 * Reads an argument body: validates it against the editors' schema and gives its canonical
 * JSON, its claim references in document order, and its plain text (blocks separated by a
 * blank line, each reference written by `marker` with its citation number). Throws
 * invalid-input for junk.
 */
export function readBody(json: string, marker: ClaimMarker = bracketMarker): { body: string; refs: ClaimRefAttrs[]; text: string } {
  const doc = readRichText(json, 'argument body');
  return { body: serialiseDoc(doc), refs: claimRefs(doc), text: plainText(doc, { claimMarker: marker }) };
}
