import { safeUrl } from '@common/text/safe-url';
import type { RichDoc, Stance } from './model';

// tiptap JSON (notes, argument bodies) flattened once into a small block/inline model that the
// Markdown, HTML and DOCX writers each render; unknown nodes keep their text.

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

const STANCES = new Set(['supports', 'contradicts', 'context']);

function spansOf(nodes: RichDoc[] | undefined): Span[] {
  const out: Span[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'text' && typeof n.text === 'string') {
      const marks = new Set((n.marks ?? []).map((m) => m.type));
      const link = (n.marks ?? []).find((m) => m.type === 'link');
      out.push({
        kind: 'text',
        text: n.text,
        bold: marks.has('bold'),
        italic: marks.has('italic'),
        strike: marks.has('strike'),
        code: marks.has('code'),
        // Only web and mail links survive an export: a javascript: or file: href becomes plain text.
        href: link ? safeUrl(link.attrs?.href) : null,
      });
    } else if (n.type === 'hardBreak') out.push({ kind: 'break' });
    else if (n.type === 'claimRef' && typeof n.attrs?.claimUid === 'string') {
      const stance = STANCES.has(String(n.attrs.stance)) ? (n.attrs.stance as Stance) : 'supports';
      out.push({ kind: 'claim', claimUid: n.attrs.claimUid, stance });
    } else out.push(...spansOf(n.content));
  }
  return out;
}

function textOf(node: RichDoc): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

function blocksOf(nodes: RichDoc[] | undefined): RichBlock[] {
  const out: RichBlock[] = [];
  for (const n of nodes ?? []) {
    switch (n.type) {
      case 'paragraph':
        out.push({ kind: 'paragraph', spans: spansOf(n.content) });
        break;
      case 'heading': {
        const level = Number(n.attrs?.level);
        out.push({ kind: 'heading', level: Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2, spans: spansOf(n.content) });
        break;
      }
      case 'blockquote':
        out.push({ kind: 'quote', blocks: blocksOf(n.content) });
        break;
      case 'codeBlock':
        out.push({ kind: 'code', text: textOf(n) });
        break;
      case 'bulletList':
      case 'orderedList':
        out.push({
          kind: 'list',
          ordered: n.type === 'orderedList',
          items: (n.content ?? []).map((item) => blocksOf(item.type === 'listItem' ? item.content : [item])),
        });
        break;
      case 'horizontalRule':
        out.push({ kind: 'rule' });
        break;
      default:
        // Inline content at block level (or an unknown block) still reads as a paragraph.
        if (n.content?.some((c) => c.type === 'text' || c.type === 'claimRef') || n.type === 'text' || n.type === 'claimRef') {
          out.push({ kind: 'paragraph', spans: spansOf(n.type === 'text' || n.type === 'claimRef' ? [n] : n.content) });
        } else out.push(...blocksOf(n.content));
    }
  }
  return out;
}

export function richBlocks(doc: RichDoc | null): RichBlock[] {
  if (!doc) return [];
  return blocksOf(doc.type === 'doc' ? doc.content : [doc]);
}

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
