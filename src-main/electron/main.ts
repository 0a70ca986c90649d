import { app, BrowserWindow, dialog, Menu, nativeTheme } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiEvent } from '@common/api/calls';
import type { CommandId } from '@common/commands/catalog';
import { consoleLog, openLastSession, RecentProjects, type Session } from '../core/session';
import { AppStateStore } from './app-state';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { printPdf } from './print-pdf';
import { sqliteBindingPath } from './sqlite-binding';
import { createMainWindow } from './window';

// The desktop host: Electron's ports for openSession(), the window, the menu and the IPC.

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const devUrl = process.env.ELECTRON_RENDERER_URL;

if (!app.requestSingleInstanceLock()) app.quit();

let win: BrowserWindow | null = null;
let session: Session | undefined;

app.whenReady().then(() => {
  const userData = app.getPath('userData');
  const nativeBinding = sqliteBindingPath({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath(), abi: process.versions.modules });
  if (!existsSync(nativeBinding)) {
    dialog.showErrorBox('SQLite for Electron is missing', `Dossier needs better-sqlite3 built for this Electron at\n${nativeBinding}\n(see the README).`);
    return app.quit();
  }
  const store = new AppStateStore(userData);
  const recent = new RecentProjects(userData);
  nativeTheme.themeSource = store.state.appearance;
  const refreshMenu = (): void =>
    Menu.setApplicationMenu(buildMenu(run, recent.list(), (p) => void switchTo(p, false), () => app.quit()));
  const emit = (name: ApiEvent, payload: unknown): void => {
    win?.webContents.send(`dossier:event:${name}`, payload);
    if (name === 'project.changed') refreshMenu();
  };
  const ports = { dataDir: userData, nativeBinding, printPdf, emit, log: consoleLog, autoBackups: {}, recent, hostKind: 'desktop app' as const, workerDir: dirname(fileURLToPath(import.meta.url)) };
  session = openLastSession(ports, (err) => dialog.showErrorBox('Cannot open the last project', err.message));
  const current = session;

  const switchTo = (path: string, create: boolean): Promise<unknown> =>
    (create ? current.create(path) : current.open(path)).catch((err: Error) => dialog.showErrorBox('Cannot open project', err.message));
  const choose = async (create: boolean): Promise<void> => {
    if (!win) return;
    const filters = [{ name: 'Dossier project', extensions: ['dossier'] }];
    const r = create
      ? await dialog.showSaveDialog(win, { filters, defaultPath: 'Untitled.dossier' })
      : await dialog.showOpenDialog(win, { filters, properties: ['openFile'] });
    const path = 'filePath' in r ? r.filePath : r.filePaths[0];
    if (!r.canceled && path) await switchTo(path, create);
  };
  function run(id: CommandId): void {
    if (id.startsWith('theme.')) {
      store.state.appearance = id.slice('theme.'.length) as 'system' | 'light' | 'dark';
      nativeTheme.themeSource = store.state.appearance;
      store.save();
    }
    if (id === 'project.open' || id === 'project.new') return void choose(id === 'project.new');
    win?.webContents.send('dossier:event:command', { id });
  }

  registerIpc(() => current, () => win, devUrl);
  refreshMenu();
  win = createMainWindow(store, outDir, devUrl);
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
});

app.on('window-all-closed', () => app.quit());

// However the app quits, the session closes in order first: the closing backup, then the database.
let closed = false;
app.on('will-quit', (e) => {
  if (closed || !session) return;
  e.preventDefault();
  void session.close().finally(() => {
    closed = true;
    app.quit();
  });
});
