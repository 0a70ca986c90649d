import type { Part } from './extract-text';
import { isShort, joinWrapped, OPENS_SENTENCE, SENTENCE_END } from './line-joins';

// A PDF's text layer is pieces of text at positions, not paragraphs. Pieces on one baseline
// make a line (split where a column gutter runs between them); a gutter free of text down the
// middle of a page makes two columns, read left then right between any lines that span both;
// page numbers and running headers repeated at the top or foot of pages are dropped; lines go
// back together into paragraphs by spacing, indentation, short closing lines and font size,
// and a larger font makes a heading.

/** A piece of text as the PDF places it: left edge and baseline (y up from the bottom) in points. */
export interface Fragment {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  fragments: Fragment[];
}

interface Line {
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  page: number;
  /** 0 for a line spanning the page or on a one-column page, 1 and 2 for the left and right column. */
  column: number;
}

const PAGE_NUMBER = /^(?:(?:page|p\.|стр\.?|sayfa|səhifə)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|из|из\s)\s*\d{1,4})?$/iu;
const MARGIN = 0.1;

/** Pieces on one baseline, left to right, split where the gap is wide enough to be a gutter. */
function linesOf(page: PdfPage, index: number): Line[] {
  const sorted = page.fragments.filter((f) => f.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Fragment[][] = [];
  for (const f of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - f.y) <= Math.max(row[0]!.size, f.size) * 0.4) row.push(f);
    else rows.push([f]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line: Line | undefined;
    for (const f of row) {
      const gap = line ? f.x - line.x1 : 0;
      if (line && gap < f.size * 1.5) {
        const space = gap > f.size * 0.1 && !/\s$/.test(line.text) && !/^\s/.test(f.text);
        line.text += (space ? ' ' : '') + f.text;
        line.x1 = Math.max(line.x1, f.x + f.width);
        line.size = Math.max(line.size, f.size);
      } else {
        line = { x0: f.x, x1: f.x + f.width, y: f.y, size: f.size, text: f.text, page: index, column: 0 };
        lines.push(line);
      }
    }
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  return lines;
}

/** The x of a gutter no line crosses, in the middle of the page, with text on both sides; undefined for one column. */
function gutterOf(lines: Line[], width: number): number | undefined {
  let best: { x: number; free: number } | undefined;
  for (let x = width * 0.3; x <= width * 0.7; x += 2) {
    const left = lines.filter((l) => l.x1 <= x).length;
    const right = lines.filter((l) => l.x0 >= x).length;
    const crossing = lines.filter((l) => l.x0 < x && l.x1 > x).length;
    if (left < 3 || right < 3 || crossing > Math.max(2, lines.length * 0.1)) continue;
    const free = Math.min(...lines.filter((l) => l.x0 >= x).map((l) => l.x0 - x), ...lines.filter((l) => l.x1 <= x).map((l) => x - l.x1));
    if (!best || free > best.free) best = { x, free };
  }
  return best && best.free >= 4 ? best.x : undefined;
}

/** Reading order of a page: spanning lines split it into bands; in each band the left column, then the right. */
function readingOrder(lines: Line[], gutter: number | undefined): Line[] {
  if (gutter === undefined) return lines;
  const out: Line[] = [];
  let band: Line[] = [];
  const flush = (): void => {
    out.push(...band.filter((l) => l.column === 1), ...band.filter((l) => l.column === 2));
    band = [];
  };
  for (const l of lines) {
    if (l.x1 <= gutter) band.push({ ...l, column: 1 });
    else if (l.x0 >= gutter) band.push({ ...l, column: 2 });
    else {
      flush();
      out.push(l);
    }
  }
  flush();
  return out;
}

const furnitureKey = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Page numbers at the top or foot of a page, and lines repeated there on several pages (running headers and footers). */
function dropFurniture(pages: { page: PdfPage; lines: Line[] }[]): void {
  const inMargin = (l: Line, page: PdfPage): boolean => l.y >= page.height * (1 - MARGIN) || l.y <= page.height * MARGIN;
  const seen = new Map<string, number>();
  for (const { page, lines } of pages) {
    for (const key of new Set(lines.filter((l) => inMargin(l, page)).map((l) => furnitureKey(l.text)))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeated = (l: Line): boolean => pages.length > 1 && (seen.get(furnitureKey(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  for (const entry of pages) {
    entry.lines = entry.lines.filter((l) => !(inMargin(l, entry.page) && (PAGE_NUMBER.test(l.text) || repeated(l))));
  }
}

/** The body text size: the size most characters are set in. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size), (chars.get(Math.round(l.size)) ?? 0) + l.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

interface Block {
  heading: boolean;
  size: number;
  text: string;
  last: Line;
  lines: number;
}

/** Whether `line` starts a new block after `block` (in reading order). */
function startsBlock(block: Block, line: Line, body: number, right: Map<string, number>, first: boolean): boolean {
  const prev = block.last;
  if (Math.abs(prev.size - line.size) > 0.5) return true;
  const edge = right.get(`${prev.page}:${prev.column}`) ?? prev.x1;
  const short = prev.x1 < edge - prev.size * 3;
  // A title-like line alone is a block of its own (the title, a heading), as in scraped text;
  // inside a column only when it stops short of the column's edge.
  const titleLike = block.lines === 1 && isShort(prev.text) && OPENS_SENTENCE.test(prev.text) && OPENS_SENTENCE.test(line.text);
  if (titleLike && (first || short)) return true;
  const heading = line.size > body * 1.15;
  if (heading) return false;
  const sameFlow = prev.page === line.page && prev.column === line.column;
  const leading = prev.size * 1.25;
  if (sameFlow && prev.y - line.y > Math.max(leading * 1.45, prev.size * 1.7)) return true;
  if (short && SENTENCE_END.test(prev.text) && OPENS_SENTENCE.test(line.text)) return true;
  const left = sameFlow ? Math.min(prev.x0, line.x0) : line.x0;
  return line.x0 > left + line.size * 0.8 && OPENS_SENTENCE.test(line.text);
}

/** The blocks of a PDF's pages, in reading order, furniture dropped, headings by font size. */
export function layoutParts(pages: PdfPage[]): Part[] {
  const laid = pages.map((page, i) => ({ page, lines: linesOf(page, i) }));
  dropFurniture(laid);
  // One gutter for the document: a last page with a few lines in its right column has the same columns.
  const width = Math.max(0, ...pages.map((p) => p.width));
  const gutter = gutterOf(laid.flatMap((x) => x.lines), width);
  const lines = laid.flatMap(({ lines }) => readingOrder(lines, gutter));
  const body = bodySize(lines);
  // The right edge of each column's text, to tell a paragraph's short last line from a full one.
  const right = new Map<string, number>();
  for (const l of lines) {
    const k = `${l.page}:${l.column}`;
    right.set(k, Math.max(right.get(k) ?? 0, l.x1));
  }
  const blocks: Block[] = [];
  for (const line of lines) {
    const block = blocks[blocks.length - 1];
    if (block && !startsBlock(block, line, body, right, blocks.length === 1)) {
      block.text = joinWrapped(block.text, line.text);
      block.last = line;
      block.lines++;
    } else blocks.push({ heading: line.size > body * 1.15, size: line.size, text: line.text, last: line, lines: 1 });
  }
  const sizes = [...new Set(blocks.filter((b) => b.heading).map((b) => Math.round(b.size)))].sort((a, b) => b - a);
  return blocks.map((b, i): Part => {
    if (b.heading) return { kind: 'heading', level: Math.min(sizes.indexOf(Math.round(b.size)) + 1, 3), text: b.text };
    // Same-size short lines standing alone are headings too, as in scraped text.
    const edge = right.get(`${b.last.page}:${b.last.column}`) ?? 0;
    if (b.lines === 1 && isShort(b.text) && blocks[i + 1] && OPENS_SENTENCE.test(b.text) && (i === 0 || b.last.x1 < edge - b.size * 3)) return { kind: 'heading', level: 2, text: b.text };
    return { kind: 'paragraph', text: b.text };
  });
}
