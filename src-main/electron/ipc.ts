import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_CALLS, HOST_CALLS, type HostCall } from '@common/api/calls';
import { dispatch } from '../core/dispatch';
import type { Session } from '../core/session';
import { isAppUrl } from './window-options';

const fromApp = (e: IpcMainInvokeEvent, devUrl?: string): boolean => isAppUrl(e.senderFrame?.url ?? '', devUrl);

async function hostCall(win: BrowserWindow, name: HostCall, input: unknown): Promise<unknown> {
  switch (name) {
    case 'host.openFiles': {
      const r = await dialog.showOpenDialog(win, {
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf'] }],
      });
      return r.canceled ? [] : r.filePaths;
    }
    case 'host.openFolder': {
      const r = await dialog.showOpenDialog(win, { properties: ['openDirectory'] });
      return r.canceled ? [] : r.filePaths;
    }
    case 'host.saveFile': {
      const name = typeof input === 'object' && input && 'defaultPath' in input ? String(input.defaultPath) : undefined;
      const r = await dialog.showSaveDialog(win, { defaultPath: name });
      return r.canceled ? null : r.filePath;
    }
    case 'host.showInFolder':
      if (typeof input === 'string') shell.showItemInFolder(input);
      return null;
  }
}

/** One handler per API call, derived from the contract; senders other than the app page are refused. */
export function registerIpc(session: () => Session, win: () => BrowserWindow | null, devUrl?: string): void {
  for (const name of API_CALLS) {
    ipcMain.handle(`dossier:${name}`, (e, input: unknown) => {
      if (!fromApp(e, devUrl)) return { ok: false, error: { code: 'invalid-input', message: 'sender not allowed' } };
      return dispatch(session(), name, input);
    });
  }
  for (const name of HOST_CALLS) {
    ipcMain.handle(`dossier:${name}`, (e, input: unknown) => {
      const w = win();
      if (!fromApp(e, devUrl) || !w) return null;
      return hostCall(w, name, input);
    });
  }
}
