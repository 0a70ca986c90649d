import { BrowserWindow, session as electronSession, shell } from 'electron';
import { join } from 'node:path';
import type { AppStateStore } from './app-state';
import { isAppUrl, windowOptions } from './window-options';

export function createMainWindow(store: AppStateStore, outDir: string, devUrl?: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(outDir, 'preload', 'index.cjs'), store.state.bounds));
  // No spellchecker dictionary downloads: nothing leaves the machine.
  electronSession.defaultSession.setSpellCheckerEnabled(false);
  electronSession.defaultSession.setSpellCheckerDictionaryDownloadURL('http://127.0.0.1:9/');
  electronSession.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  win.webContents.on('will-navigate', (e, url) => {
    if (!isAppUrl(url, devUrl)) e.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (e) => e.preventDefault());
  win.on('close', () => {
    store.state.bounds = win.getBounds();
    store.save();
  });
  win.once('ready-to-show', () => win.show());
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(join(outDir, 'renderer', 'index.html'));
  return win;
}
