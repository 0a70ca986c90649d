import { DossierError } from '../errors';

/** Decodes text bytes: UTF-8 (with or without BOM); anything undecodable is refused. */
export function decodeText(bytes: Buffer): string {
  if (bytes.includes(0)) throw new DossierError('import-failed', 'this looks like a binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DossierError('import-failed', 'the text is not valid UTF-8 and its encoding could not be detected');
  }
}
