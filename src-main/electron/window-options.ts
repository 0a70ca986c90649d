// Plain data, no electron import, so a test can check every security setting.
import { CONTENT_SECURITY_POLICY } from '@common/security/csp';

export { CONTENT_SECURITY_POLICY };

export function webPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}

export function windowOptions(preloadPath: string, bounds?: { x?: number; y?: number; width: number; height: number }) {
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 800,
    minHeight: 520,
    show: false,
    title: 'Dossier',
    webPreferences: webPreferences(preloadPath),
  };
}

/** The app page is file:// (built) or the dev server; anything else is not ours. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith('file://') && /\/renderer\/index\.html(\?.*)?(#.*)?$/.test(url.split('#')[0] ?? '');
}
