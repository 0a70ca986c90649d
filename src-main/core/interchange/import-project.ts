import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportProjectResult } from '@common/api/schemas/export';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { readQdpx } from './import-qdpx';
import { readW3c } from './import-w3c';
import { writeImported } from './import-write';

export const MAX_PROJECT_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Reads a .qdpx (a zip, by its magic bytes) or a W3C JSON file Dossier exported into the
 * open project, which must be empty. The whole file is read and checked before anything is
 * written; then one transaction writes it all.
 */
export function importProject(p: Project, path: string): ImportProjectResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new DossierError('not-found', `no file at ${path}`);
  }
  if (size > MAX_PROJECT_FILE_BYTES) throw new DossierError('invalid-input', `${basename(path)} is over ${MAX_PROJECT_FILE_BYTES / 2 ** 20} MB`);
  const bytes = readFileSync(path);
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const format = isZip ? 'qdpx' : 'w3c';
  const data = isZip ? readQdpx(bytes) : readW3c(bytes.toString('utf8'));
  const counts = writeImported(p, data);
  return { format, ...counts, skipped: data.skipped };
}
