import { DossierError } from '../errors';
import { assemble, type Extracted } from './extract-text';
import { structureText } from './clean-scraped';

const PDF_MAGIC = '%PDF-';

/** Text and Title/Author metadata of a PDF (unpdf's bundled pdf.js, no rendering, no network). */
export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf(PDF_MAGIC) < 0) {
    throw new DossierError('import-failed', 'this is not a PDF file (no %PDF header)');
  }
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (err) {
    throw new DossierError('import-failed', `the PDF could not be read: ${(err as Error).message}`);
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const { info } = await getMeta(pdf);
    const field = (k: string): string | undefined => {
      const v = (info as Record<string, unknown>)[k];
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    // Pages are separate paragraphs; inside a page, lines follow the scraped-text rules.
    const body = text.map((page) => page.normalize('NFC')).join('\n\n').trim();
    // A PDF's lines are wrapped, not paragraphs; its first line is the title when short and no Info title says otherwise.
    const firstLine = body.split('\n', 1)[0]!.trim();
    const title = field('Title') ?? (firstLine.length <= 200 && !/[.!?]$/.test(firstLine) ? firstLine : undefined);
    const split = title && firstLine === title ? `${firstLine}\n\n${body.slice(body.indexOf('\n') + 1)}` : body;
    const { parts } = structureText(split, { markdown: false, title });
    if (!parts.length) throw new DossierError('import-failed', 'the PDF has no text layer (a scan needs OCR first)');
    return { meta: { title, author: field('Author') }, ...assemble(parts) };
  } finally {
    await pdf.destroy();
  }
}
