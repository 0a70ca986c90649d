import type { Matrix } from '@common/api/schemas/analysis';

// The matrix as files: CSV for a spreadsheet, SVG and PNG for a report. The picture is drawn
// from the numbers (not copied from the screen), so it is the same whatever the window size.

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rows, columns and totals; a leading = + - @ is quoted so no spreadsheet runs it as a formula. */
export function matrixCsv(m: Matrix): string {
  const lines = [
    ['', ...m.cols.map((c) => c.label), 'Total'],
    ...m.rows.map((r, i) => [r.label, ...m.cells[i]!, m.rowTotals[i]!]),
    ['Total', ...m.colTotals, m.total],
  ];
  return `${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** rgba of `hex` at `alpha`. */
export function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha.toFixed(3)})`;
}

/** How strongly a cell is coloured: its share of the largest cell, never invisible when above 0. */
export const heat = (n: number, max: number): number => (n <= 0 || max <= 0 ? 0 : 0.12 + 0.78 * (n / max));

const CELL = 56;
const ROW_HEAD = 220;
const COL_HEAD = 120;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The heat map as a standalone SVG document, in `color` with the row and column totals. */
export function matrixSvg(m: Matrix, color: string, title: string): string {
  const max = Math.max(0, ...m.cells.flat());
  const w = ROW_HEAD + (m.cols.length + 1) * CELL + 8;
  const h = COL_HEAD + (m.rows.length + 1) * CELL + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${xml(title)}</title><rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="600">${xml(title)}</text>`,
  ];
  const cols = [...m.cols.map((c) => c.label), 'Total'];
  cols.forEach((label, j) => {
    const x = ROW_HEAD + j * CELL + CELL / 2;
    parts.push(`<text transform="translate(${x},${COL_HEAD - 6}) rotate(-45)" font-weight="${j === m.cols.length ? 600 : 400}">${xml(clip(label, 18))}</text>`);
  });
  const rows = [...m.rows.map((r, i) => ({ label: `${'  '.repeat(r.depth)}${r.label}`, cells: [...m.cells[i]!, m.rowTotals[i]!], swatch: r.color })),
    { label: 'Total', cells: [...m.colTotals, m.total], swatch: null }];
  rows.forEach((r, i) => {
    const y = COL_HEAD + i * CELL;
    if (r.swatch) parts.push(`<rect x="4" y="${y + CELL / 2 - 5}" width="10" height="10" rx="2" fill="${r.swatch}"/>`);
    parts.push(`<text x="18" y="${y + CELL / 2 + 4}" xml:space="preserve" font-weight="${i === m.rows.length ? 600 : 400}">${xml(clip(r.label, 30))}</text>`);
    r.cells.forEach((n, j) => {
      const total = i === m.rows.length || j === m.cols.length;
      const a = total ? 0 : heat(n, max);
      const x = ROW_HEAD + j * CELL;
      parts.push(`<rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" fill="${total ? '#f1f3f5' : a ? tint(color, a) : '#f8f9fa'}"/>`);
      parts.push(`<text x="${x + CELL / 2 - 1}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="${a > 0.55 ? '#ffffff' : '#212529'}">${n}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** The SVG drawn onto a canvas at twice its size and encoded as PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG not made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
