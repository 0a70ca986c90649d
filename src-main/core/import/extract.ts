import { extname } from 'node:path';
import { DossierError } from '../errors';
import { decodeText } from './decode';
import { assemble, readHeader, type Extracted } from './extract-text';

/** Picks the extractor by file extension; throws a clear reason for what it cannot read. */
export function extractDocument(bytes: Buffer, name: string): Extracted {
  if (bytes.length === 0) throw new DossierError('import-failed', 'the file is empty');
  const ext = extname(name).toLowerCase();
  switch (ext) {
    case '':
    case '.txt':
    case '.md':
    case '.markdown': {
      const raw = decodeText(bytes).replace(/\r\n?/g, '\n');
      const { meta, body } = readHeader(raw);
      const parts = body.split(/\n\s*\n/).map((t) => ({ kind: 'paragraph' as const, text: t.replace(/\s*\n\s*/g, ' ') }));
      const firstLine = body.trim().split('\n')[0]?.trim();
      return { meta: { title: firstLine, ...meta }, ...assemble(parts) };
    }
    default:
      throw new DossierError('import-failed', `${ext} files are not supported (txt, md, html, pdf are)`);
  }
}
