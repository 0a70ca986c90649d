const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** One piece of text placed on a page: its left edge and baseline in points, and its font size. */
export interface PlacedText {
  x: number;
  y: number;
  size: number;
  text: string;
}

/**
 * A valid PDF written by hand: Helvetica text placed where told on US Letter pages
 * (612 x 792 points, y from the bottom), and an Info dictionary.
 */
export function makeLayoutPdf(pages: PlacedText[][], info: { title?: string; author?: string } = {}): Buffer {
  const infoDict = Object.entries({ Title: info.title, Author: info.author })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `/${k} (${esc(v!)})`)
    .join(' ');
  // Objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its content stream per page.
  const pageIds = pages.map((_, i) => 5 + i * 2);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< ${infoDict} >>`,
  ];
  for (const [i, items] of pages.entries()) {
    const content = items.map((t) => `BT /F1 ${t.size} Tf 1 0 0 1 ${t.x} ${t.y} Tm (${esc(t.text)}) Tj ET`).join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageIds[i]! + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A minimal one-page PDF: 12 pt lines down the left margin. */
export function makePdf(lines: string[], info: { title?: string; author?: string } = {}): Buffer {
  return makeLayoutPdf([lines.map((text, i) => ({ x: 72, y: 720 - i * 14, size: 12, text }))], info);
}

/** Wraps words into lines of at most `width` characters, hyphenating the word at a line end when `hyphenate` says where. */
export function wrapWords(text: string, width: number, hyphenate: (word: string) => number | undefined = () => undefined): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/)) {
    // A word longer than a line (a URL) breaks after its last "_" or "/" that fits, as PDFs break them.
    while (word.length > width) {
      const cut = Math.max(word.lastIndexOf('_', width - 1), word.lastIndexOf('/', width - 1)) + 1;
      if (cut <= 0) break;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    const cut = hyphenate(word);
    if (cut && line && `${line} ${word.slice(0, cut)}-`.length <= width) {
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface ColumnBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/**
 * A two-column report: a title across the page, blocks flowing down the left column, then
 * the right, then the next page; a running header on top and "n / N" at the foot of every
 * page; long words hyphenated at line ends (every word of 11 letters or more is cut after its 5th).
 */
export function makeTwoColumnPdf(title: string, blocks: ColumnBlock[], opts: { header: string; linesPerColumn: number }): Buffer {
  const columns = [72, 324];
  const width = 40;
  const lead = 13;
  const placed: { size: number; text: string; gapBefore: number }[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') placed.push({ size: 13, text: b.text, gapBefore: 1 });
    else wrapWords(b.text, width, (w) => (w.length >= 11 && /^[a-z]+[,.]?$/i.test(w) ? 5 : undefined))
      .forEach((text, i) => placed.push({ size: 10, text, gapBefore: i === 0 ? 1 : 0 }));
  }
  const pages: PlacedText[][] = [];
  let page: PlacedText[] = [];
  let column = 0;
  let row = 0;
  const top = (): number => (pages.length === 0 ? 660 : 700);
  for (const line of placed) {
    if (row > 0) row += line.gapBefore;
    if (row >= opts.linesPerColumn) {
      column++;
      row = 0;
      if (column === columns.length) {
        pages.push(page);
        page = [];
        column = 0;
      }
    }
    if (row === 0 && page.length === 0 && pages.length === 0) page.push({ x: 72, y: 720, size: 20, text: title });
    page.push({ x: columns[column]!, y: top() - row * lead, size: line.size, text: line.text });
    row++;
  }
  pages.push(page);
  return makeLayoutPdf(
    pages.map((items, i) => [
      { x: 72, y: 760, size: 8, text: opts.header },
      ...items,
      { x: 296, y: 40, size: 8, text: `${i + 1} / ${pages.length}` },
    ]),
  );
}
