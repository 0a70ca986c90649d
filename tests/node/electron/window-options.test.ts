import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, webPreferences, windowOptions } from '../../../src-main/electron/window-options';
import { readFileSync } from 'node:fs';

describe('Electron window options', () => {
  it('turn on every security setting', () => {
    const w = webPreferences('/app/out/preload/index.cjs');
    expect(w).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
    expect(w.preload).toMatch(/\.cjs$/);
    expect(windowOptions('/p.cjs').webPreferences).toEqual(webPreferences('/p.cjs'));
  });

  it('allow only the app page, and a strict CSP in the page', () => {
    expect(isAppUrl('file:///opt/dossier/out/renderer/index.html')).toBe(true);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    const html = readFileSync('src-renderer/index.html', 'utf8');
    expect(html).toContain("script-src 'self'");
    expect(html).not.toMatch(/unsafe-eval/);
  });

  it('only src-main/electron and the preload import electron', async () => {
    const { execFileSync } = await import('node:child_process');
    const hits = execFileSync('grep', ['-rlE', "from ['\"]electron['\"]", 'src-main', 'src-renderer', 'db'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((f) => !f.startsWith('src-main/electron/') && !f.startsWith('src-main/preload/'));
    expect(hits).toEqual([]);
  });
});
