import { app, BrowserWindow, dialog, Menu, nativeTheme } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandId } from '@common/commands/catalog';
import { scheduleAutoBackups } from '../core/backup/auto-backup';
import { createProject, Session } from '../core/session';
import { defaultProjectPath } from '../core/util/paths';
import { AppStateStore } from './app-state';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { printPdf } from './print-pdf';
import { createMainWindow } from './window';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const devUrl = process.env.ELECTRON_RENDERER_URL;

if (!app.requestSingleInstanceLock()) app.quit();

let win: BrowserWindow | null = null;
let session: Session;
let autoBackups: { stop(): Promise<void> } | undefined;

app.whenReady().then(() => {
  const userData = app.getPath('userData');
  const store = new AppStateStore(userData);
  nativeTheme.themeSource = store.state.appearance;
  const projectPath = store.state.recent[0] ?? defaultProjectPath(userData);
  mkdirSync(dirname(projectPath), { recursive: true });
  const ports = {
    dataDir: userData,
    emit: (name: string, payload: unknown) => win?.webContents.send(`dossier:event:${name}`, payload),
    log: { error: (m: string, e?: unknown) => console.error(m, e), info: (m: string) => console.log(m) },
    printPdf,
  };
  session = new Session(createProject(projectPath, ports), ports);
  autoBackups = scheduleAutoBackups(() => session.project);
  store.addRecent(projectPath);

  const run = (id: CommandId): void => {
    if (id.startsWith('theme.')) {
      store.state.appearance = id.slice('theme.'.length) as 'system' | 'light' | 'dark';
      nativeTheme.themeSource = store.state.appearance;
      store.save();
    }
    if (id === 'project.open' || id === 'project.new') return void openProject(id === 'project.new');
    win?.webContents.send('dossier:event:command', { id });
  };
  const refreshMenu = (): void =>
    Menu.setApplicationMenu(buildMenu(run, store.state.recent, (p) => switchTo(p), () => app.quit()));
  const switchTo = (path: string): void => {
    try {
      session.open(path);
      store.addRecent(path);
      refreshMenu();
    } catch (err) {
      dialog.showErrorBox('Cannot open project', (err as Error).message);
    }
  };
  const openProject = async (create: boolean): Promise<void> => {
    if (!win) return;
    const filters = [{ name: 'Dossier project', extensions: ['dossier'] }];
    const r = create
      ? await dialog.showSaveDialog(win, { filters, defaultPath: 'Untitled.dossier' })
      : await dialog.showOpenDialog(win, { filters, properties: ['openFile'] });
    const path = 'filePath' in r ? r.filePath : r.filePaths[0];
    if (!r.canceled && path) switchTo(path);
  };

  registerIpc(() => session, () => win, devUrl);
  refreshMenu();
  win = createMainWindow(store, outDir, devUrl);
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
});

app.on('window-all-closed', () => {
  // The closing backup first (when the project changed), then the project.
  void (autoBackups?.stop() ?? Promise.resolve()).finally(() => {
    session?.close();
    app.quit();
  });
});
