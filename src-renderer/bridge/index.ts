import type { DossierBridge } from '@common/api/contract';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}

const TOKEN_KEY = 'dossier.token';

/** window.dossier from the Electron preload, else the browser host's HTTP bridge. */
export function getBridge(): DossierBridge {
  if (window.dossier) return window.dossier;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar and history once it is stored for this tab.
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  window.dossier = createHttpBridge(token);
  return window.dossier;
}
