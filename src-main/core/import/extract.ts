import { extname } from 'node:path';
import { DossierError } from '../errors';
import { normalizeDate } from '@common/text/dates';
import { decodeText } from './decode';
import { extractPlain, type Extracted } from './extract-text';
import type { Dateline } from './dateline';
import { takeDateline } from './take-dateline';

/**
 * Picks the extractor by file extension; throws a clear reason for what it cannot read.
 * `published` (the analyst's date) gives the year to a dateline that has none.
 */
export async function extractDocument(
  bytes: Uint8Array,
  name: string,
  published?: string,
): Promise<Extracted & { dateline: Dateline | null }> {
  if (bytes.length === 0) throw new DossierError('import-failed', 'the file is empty');
  const ext = extname(name).toLowerCase();
  let found: Extracted;
  switch (ext) {
    case '':
    case '.txt':
    case '.text':
      found = extractPlain(decodeText(bytes), false);
      break;
    case '.md':
    case '.markdown':
      found = extractPlain(decodeText(bytes), true);
      break;
    case '.html':
    case '.htm':
    case '.xhtml':
      // jsdom and pdf.js are loaded on first use: most CLI runs never need them.
      found = (await import('./extract-html')).extractHtml(bytes);
      break;
    case '.pdf':
      found = await (await import('./extract-pdf')).extractPdf(bytes);
      break;
    default:
      throw new DossierError('import-failed', `${ext} files are not supported (txt, md, html, pdf are)`);
  }
  return takeDateline({ ...found, meta: { ...found.meta, published: normalizeDate(found.meta.published) } }, published);
}
