import { CLAIM_REF_NODE } from '@common/api/schemas/arguments';
import type { RichDoc, Stance } from './model';

// Rich text (notes, argument bodies, parsed against the editors' schema) flattened once into a
// small block/inline model that the Markdown, HTML and DOCX writers each render.

export interface TextSpan {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  href: string | null;
}
export interface ClaimSpan {
  kind: 'claim';
  claimUid: string;
  stance: Stance;
}
export interface BreakSpan {
  kind: 'break';
}
export type Span = TextSpan | ClaimSpan | BreakSpan;

export type RichBlock =
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'heading'; level: number; spans: Span[] }
  | { kind: 'quote'; blocks: RichBlock[] }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; items: RichBlock[][] }
  | { kind: 'rule' };

/** Only web and mail links survive an export: a javascript: or file: href becomes plain text. */
export const safeHref = (href: unknown): string | null =>
  typeof href === 'string' && /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;

function spansOf(parent: RichDoc): Span[] {
  const out: Span[] = [];
  parent.forEach((n) => {
    if (n.isText) {
      const marks = new Set(n.marks.map((m) => m.type.name));
      const link = n.marks.find((m) => m.type.name === 'link');
      out.push({
        kind: 'text',
        text: n.text ?? '',
        bold: marks.has('bold'),
        italic: marks.has('italic'),
        strike: marks.has('strike'),
        code: marks.has('code'),
        href: link ? safeHref(link.attrs.href) : null,
      });
    } else if (n.type.name === 'hardBreak') out.push({ kind: 'break' });
    else if (n.type.name === CLAIM_REF_NODE) out.push({ kind: 'claim', claimUid: String(n.attrs.claimUid), stance: n.attrs.stance as Stance });
  });
  return out;
}

// The document fits the editors' schema (parseDoc), so every block is one of these.
function blocksOf(parent: RichDoc): RichBlock[] {
  const out: RichBlock[] = [];
  parent.forEach((n) => {
    switch (n.type.name) {
      case 'paragraph':
        out.push({ kind: 'paragraph', spans: spansOf(n) });
        break;
      case 'heading':
        out.push({ kind: 'heading', level: Math.min(6, Math.max(1, Number(n.attrs.level) || 2)), spans: spansOf(n) });
        break;
      case 'blockquote':
        out.push({ kind: 'quote', blocks: blocksOf(n) });
        break;
      case 'codeBlock':
        out.push({ kind: 'code', text: n.textContent });
        break;
      case 'bulletList':
      case 'orderedList': {
        const items: RichBlock[][] = [];
        n.forEach((item) => void items.push(blocksOf(item)));
        out.push({ kind: 'list', ordered: n.type.name === 'orderedList', items });
        break;
      }
      case 'horizontalRule':
        out.push({ kind: 'rule' });
    }
  });
  return out;
}

export const richBlocks = (doc: RichDoc | null): RichBlock[] => (doc ? blocksOf(doc) : []);

/** Plain paragraphs as rich blocks (for notes stored without rich text). */
export const plainBlocks = (text: string): RichBlock[] =>
  text
    .split(/\n{2,}/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', spans: [{ kind: 'text', text: t, bold: false, italic: false, strike: false, code: false, href: null }] }));

/** The note of an annotation as blocks: the rich note when it has content, else its plain text. */
export function noteBlocks(note: RichDoc | null, noteText: string): RichBlock[] {
  const rich = richBlocks(note).filter((b) => b.kind !== 'paragraph' || b.spans.length > 0);
  return rich.length ? rich : plainBlocks(noteText);
}

/** Every inline span of the blocks (text, breaks, claim references) in reading order; code is not inline. */
export function spansIn(blocks: RichBlock[]): Span[] {
  const out: Span[] = [];
  const walk = (bs: RichBlock[]): void => {
    for (const b of bs) {
      if (b.kind === 'paragraph' || b.kind === 'heading') out.push(...b.spans);
      else if (b.kind === 'quote') walk(b.blocks);
      else if (b.kind === 'list') b.items.forEach(walk);
    }
  };
  walk(blocks);
  return out;
}
