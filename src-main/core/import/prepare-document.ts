import { safeUrl } from '@common/text/safe-url';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportRequest } from '@common/api/schemas/documents';
import { DossierError } from '../errors';
import type { DocumentMeta, NewDocument } from '../library/documents';
import { extractDocument } from './extract';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const tooLarge = (size: number): string =>
  `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit`;

export const contentHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A file read and extracted, ready to be stored: all the slow reading, none of it in a transaction. */
export interface Prepared {
  file: string;
  bytes: number;
  doc: NewDocument;
}

/** Reads one file's bytes into a document: text, blocks, metadata (the analyst's overrides first), hash. */
export async function prepareDocument(bytes: Uint8Array, file: string, overrides: ImportRequest['overrides']): Promise<Prepared> {
  if (bytes.length > MAX_FILE_BYTES) throw new DossierError('import-failed', tooLarge(bytes.length));
  const extracted = await extractDocument(bytes, file, overrides.published);
  // Extractors assemble NFC text, so block ranges already fit the canonical text.
  const text = extracted.text;
  if (!text.trim()) throw new DossierError('import-failed', 'no text found in the file');
  const meta: DocumentMeta = {
    title: (overrides.title ?? extracted.meta.title ?? basename(file)).normalize('NFC'),
    outlet: overrides.outlet ?? extracted.meta.outlet ?? null,
    author: overrides.author ?? extracted.meta.author ?? null,
    // A `URL:` header line is the file's say-so: only a web or mail address is kept.
    url: overrides.url ?? safeUrl(extracted.meta.url),
    published: overrides.published ?? extracted.meta.published ?? null,
    language: overrides.language ?? extracted.meta.language ?? null,
    dateline: extracted.dateline,
  };
  const doc = { ...meta, text, blocks: extracted.blocks, contentHash: contentHash(text), origin: basename(file) };
  return { file, bytes: bytes.length, doc };
}
