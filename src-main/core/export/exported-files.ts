import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ExportFile } from '@common/api/schemas/export';
import { DossierError } from '../errors';
import type { Session } from '../session';

// The browser host has no save dialog, so the UI downloads what it exported through
// export.read. Only files this session wrote can be read back: the call must not turn the
// API into a reader of any file on the disk (session.exported holds what it wrote).

/** A download travels as base64 in one JSON response; larger exports stay on disk. */
const MAX_READ_BYTES = 200 * 1024 * 1024;

export function rememberExport(s: Session, path: string): void {
  s.exported.add(resolve(path));
}

export function readExport(s: Session, path: string): ExportFile {
  const target = resolve(path);
  if (!s.exported.has(target)) throw new DossierError('invalid-input', `${basename(target)} was not exported in this session`);
  let size: number;
  try {
    size = statSync(target).size;
  } catch {
    throw new DossierError('not-found', `${basename(target)} is no longer there`);
  }
  if (size > MAX_READ_BYTES) throw new DossierError('invalid-input', `${basename(target)} is too large to download; open it from its folder`);
  return { name: basename(target), base64: readFileSync(target).toString('base64') };
}
