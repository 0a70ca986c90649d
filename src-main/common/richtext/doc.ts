import type { Node as PmNode } from '@tiptap/pm/model';
import { CLAIM_REF_NODE, ClaimRefAttrs } from '../api/schemas/arguments';
import { richTextSchema } from './extensions';

// Saved rich text (notes, argument bodies) is tiptap JSON. Everything that reads it goes
// through here: parsed against the editors' schema, then read as a ProseMirror node.

/** Saved JSON that the schema does not accept; the message says what is wrong. */
export class InvalidRichText extends Error {}

const MAX_DEPTH = 200;

function depthOf(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    if (max > MAX_DEPTH) return max;
    const content = (node as { content?: unknown } | null)?.content;
    if (Array.isArray(content)) for (const c of content) stack.push([c, depth + 1]);
  }
  return max;
}

/** A document from JSON already parsed; throws InvalidRichText for anything the editors could not show. */
export function docFromJson(raw: unknown): PmNode {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { type?: unknown }).type !== 'doc') {
    throw new InvalidRichText('the root must be a "doc" node');
  }
  if (depthOf(raw) > MAX_DEPTH) throw new InvalidRichText('nested too deeply');
  const content = (raw as { content?: unknown }).content;
  if (content === undefined || (Array.isArray(content) && content.length === 0)) return richTextSchema.topNodeType.createAndFill()!;
  let doc: PmNode;
  try {
    doc = richTextSchema.nodeFromJSON(raw);
    doc.check();
  } catch (e) {
    throw new InvalidRichText((e as Error).message);
  }
  doc.descendants((node) => {
    if (node.type.name !== CLAIM_REF_NODE) return true;
    if (!ClaimRefAttrs.safeParse(node.attrs).success) throw new InvalidRichText('a claim reference needs attrs {claimUid, stance: supports|contradicts|context}');
    return false;
  });
  return doc;
}

/** Parses and validates saved rich text; throws InvalidRichText. */
export function parseDoc(json: string): PmNode {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new InvalidRichText('not valid JSON');
  }
  return docFromJson(raw);
}

/** A document from plain text: one paragraph per line (an empty line is an empty paragraph). */
export function docFromText(text: string): PmNode {
  const { paragraph } = richTextSchema.nodes;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return richTextSchema.topNodeType.create(null, lines.map((l) => paragraph!.create(null, l ? richTextSchema.text(l) : null)));
}

/** The canonical JSON of a document: what the core stores and what the editors' getJSON() gives for it. */
export const serialiseDoc = (doc: PmNode): string => JSON.stringify(doc.toJSON());

const refOf = (node: PmNode): ClaimRefAttrs => ({ claimUid: String(node.attrs.claimUid), stance: node.attrs.stance as ClaimRefAttrs['stance'] });

/** Every claim reference in document order. */
export function claimRefs(doc: PmNode): ClaimRefAttrs[] {
  const refs: ClaimRefAttrs[] = [];
  doc.descendants((node) => {
    if (node.type.name !== CLAIM_REF_NODE) return true;
    refs.push(refOf(node));
    return false;
  });
  return refs;
}

/** Citation numbers: a claim's number is the order of its first reference. */
export function numberRefs(refs: Iterable<{ claimUid: string }>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const r of refs) if (!numbers.has(r.claimUid)) numbers.set(r.claimUid, numbers.size + 1);
  return numbers;
}

export const claimNumbers = (doc: PmNode): Map<string, number> => numberRefs(claimRefs(doc));

export const sameNumbers = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** How a claim reference reads in plain text, given its citation number. */
export type ClaimMarker = (number: number, ref: ClaimRefAttrs) => string;
export const bracketMarker: ClaimMarker = (n) => `[${n}]`;

export interface PlainTextOptions {
  /** Between text blocks (paragraphs, headings, code blocks, list items); empty blocks are skipped. */
  blockSeparator?: string;
  claimMarker?: ClaimMarker;
}

/** The text of a document: hard breaks as newlines, each claim reference written by its marker. */
export function plainText(doc: PmNode, { blockSeparator = '\n\n', claimMarker = bracketMarker }: PlainTextOptions = {}): string {
  const numbers = claimNumbers(doc);
  const blocks: string[] = [];
  doc.descendants((block) => {
    if (!block.isTextblock) return true;
    let text = '';
    block.forEach((node) => {
      if (node.isText) text += node.text;
      else if (node.type.name === CLAIM_REF_NODE) {
        const ref = refOf(node);
        text += claimMarker(numbers.get(ref.claimUid)!, ref);
      } else if (node.type.name === 'hardBreak') text += '\n';
    });
    if (text.trim()) blocks.push(text);
    return false;
  });
  return blocks.join(blockSeparator).trim();
}
