import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { isApiCall, isApiEvent, isHostCall } from '@common/api/calls';

// A tiny facade with allow-listed names; validation of inputs is main's job (dispatch for API
// calls, dispatchHost for host calls).
const unknownCall = (name: unknown) => Promise.resolve({ ok: false, error: { code: 'unknown-call', message: `unknown call "${String(name)}"` } });

contextBridge.exposeInMainWorld('dossier', {
  call: (name: unknown, input: unknown) => (isApiCall(name) ? ipcRenderer.invoke(`dossier:${name}`, input) : unknownCall(name)),
  on: (name: unknown, listener: (payload: unknown) => void) => {
    if (!isApiEvent(name)) return () => {};
    const channel = `dossier:event:${name}`;
    const wrapped = (_e: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
  host: {
    call: (name: unknown, input: unknown) => (isHostCall(name) ? ipcRenderer.invoke(`dossier:${name}`, input) : unknownCall(name)),
    pathForFile: (file: File) => webUtils.getPathForFile(file),
  },
});
