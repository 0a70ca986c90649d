import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DossierError } from '../errors';
import { OFFLINE_CHROMIUM_FLAGS } from './chromium-flags';

/** Prints a self-contained HTML page to a PDF file: a host port (Electron prints with printToPDF). */
export type PdfPrinter = (html: string, outPath: string) => Promise<void>;

const QUIET_FLAGS = ['--headless', ...OFFLINE_CHROMIUM_FLAGS, '--disable-extensions', '--no-pdf-header-footer'];

/**
 * The Node hosts' printer: headless Chromium with a throwaway profile. The host says where
 * Chromium is and what to tell a person when it is missing (`hint`).
 */
export function chromiumPrinter(binary: string, { hint = '', timeoutMs = 120_000 } = {}): PdfPrinter {
  return async (html, outPath) => {
    if (!existsSync(binary)) throw new DossierError('internal', `PDF export needs Chromium at ${binary}${hint ? ` (${hint})` : ''}`);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));
    try {
      const page = join(dir, 'export.html');
      writeFileSync(page, html, 'utf8');
      const args = [...QUIET_FLAGS, `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${outPath}`, pathToFileURL(page).href];
      await new Promise<void>((resolve, reject) => {
        execFile(binary, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, _out, stderr) =>
          err ? reject(new DossierError('internal', `Chromium could not print the PDF: ${(stderr || err.message).trim().split('\n').pop()}`)) : resolve(),
        );
      });
      if (!existsSync(outPath) || readFileSync(outPath).subarray(0, 5).toString('latin1') !== '%PDF-') {
        throw new DossierError('internal', 'Chromium wrote no PDF');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
