import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { API_CALLS, HOST_CALLS } from '@common/api/calls';
import { changeNotice } from '@common/api/invalidation';
import type { ApiResult } from '@common/api/errors';
import { dispatch } from '../core/dispatch';
import type { Session } from '../core/session';
import { dispatchHost, type HostAbilities } from './host-dispatch';
import { isAppUrl } from './window-options';

const fromApp = (e: IpcMainInvokeEvent, devUrl?: string): boolean => isAppUrl(e.senderFrame?.url ?? '', devUrl);
const refused: ApiResult<never> = { ok: false, error: { code: 'forbidden', message: 'sender not allowed' } };

/** The native dialogs and the file manager behind the host calls (inputs already checked). */
const abilities = (win: BrowserWindow): HostAbilities => ({
  'host.openFiles': async () => {
    const r = await dialog.showOpenDialog(win, {
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf'] }],
    });
    return r.canceled ? [] : r.filePaths;
  },
  'host.openFolder': async () => {
    const r = await dialog.showOpenDialog(win, { properties: ['openDirectory'] });
    return r.canceled ? [] : r.filePaths;
  },
  'host.saveFile': async ({ defaultPath }) => {
    const r = await dialog.showSaveDialog(win, { defaultPath });
    return r.canceled || !r.filePath ? null : r.filePath;
  },
  'host.showInFolder': async ({ path }) => {
    shell.showItemInFolder(path);
    return { ok: true };
  },
});

/** One handler per API and host call, derived from the contracts; senders other than the app page are refused. */
export function registerIpc(session: () => Session, win: () => BrowserWindow | null, devUrl?: string): void {
  for (const name of API_CALLS) {
    ipcMain.handle(`dossier:${name}`, async (e, input: unknown) => {
      if (!fromApp(e, devUrl)) return refused;
      const result = await dispatch(session(), name, input);
      // Other windows refetch what this write changed; the caller knows already.
      const notice = changeNotice(name, input, result);
      if (notice) for (const w of BrowserWindow.getAllWindows()) if (w.webContents !== e.sender) w.webContents.send('dossier:event:data.changed', notice);
      return result;
    });
  }
  for (const name of HOST_CALLS) {
    ipcMain.handle(`dossier:${name}`, (e, input: unknown) => {
      const w = win();
      return fromApp(e, devUrl) && w ? dispatchHost(abilities(w), name, input) : refused;
    });
  }
}
