import { DossierError } from '../errors';
import { assemble, type Extracted, type Part } from './extract-text';
import { layoutParts, type PdfPage } from './pdf-layout';

const PDF_MAGIC = '%PDF-';

type PdfDocument = Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>>;

/** Each page's text pieces with their positions and font sizes (pdf.js text content). */
async function pagesOf(pdf: PdfDocument): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const fragments = content.items.flatMap((item) => {
      if (!('str' in item) || !item.str) return [];
      const [, , c, d, x, y] = item.transform as number[];
      return [{ x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) || item.height, text: item.str.normalize('NFC') }];
    });
    pages.push({ width, height, fragments });
    page.cleanup();
  }
  return pages;
}

/** The title: the Info dictionary's, else a first block that reads like one; made the level-1 heading when the text has it. */
function withTitle(parts: Part[], infoTitle: string | undefined): { title?: string; parts: Part[] } {
  const first = parts[0];
  const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
  const titleLike = first && (first.kind === 'heading' || (first.text.length <= 200 && !/[.!?]$/.test(first.text)));
  const title = infoTitle ?? (titleLike ? first.text : undefined);
  if (first && title && same(first.text, title)) parts[0] = { kind: 'heading', level: 1, text: first.text };
  return { title, parts };
}

/** Text, layout and Title/Author metadata of a PDF (unpdf's bundled pdf.js, no rendering, no network). */
export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf(PDF_MAGIC) < 0) {
    throw new DossierError('import-failed', 'this is not a PDF file (no %PDF header)');
  }
  const { getDocumentProxy, getMeta } = await import('unpdf');
  let pdf: PdfDocument;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (err) {
    throw new DossierError('import-failed', `the PDF could not be read: ${(err as Error).message}`);
  }
  try {
    const { info } = await getMeta(pdf);
    const field = (k: string): string | undefined => {
      const v = (info as Record<string, unknown>)[k];
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    const { title, parts } = withTitle(layoutParts(await pagesOf(pdf)), field('Title'));
    if (!parts.length) throw new DossierError('import-failed', 'the PDF has no text layer (a scan needs OCR first)');
    return { meta: { title, author: field('Author') }, ...assemble(parts) };
  } finally {
    await pdf.destroy();
  }
}
