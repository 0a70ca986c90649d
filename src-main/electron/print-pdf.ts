import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The desktop app's PDF printer for exports (the core's printPdf port): the self-contained
 * export page in a hidden, sandboxed window with scripts off, printed with printToPDF.
 */
export async function printPdf(html: string, outPath: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-pdf-'));
  const page = join(dir, 'export.html');
  await writeFile(page, html, 'utf8');
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false, spellcheck: false } });
  try {
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await win.loadFile(page);
    const pdf = await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    await writeFile(outPath, pdf);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
