import { api } from '../../bridge/api';

/** The browser host's stand-in for a save dialog: the exported file, downloaded by the browser. */
export async function downloadExport(path: string): Promise<void> {
  const { name, base64 } = await api('export.read', { path });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  saveBlob(name, new Blob([bytes]));
}

/** Hands a file made in the page to the browser (or Electron's download) to save as `name`. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
