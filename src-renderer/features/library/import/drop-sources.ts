import { sourcesFromFiles, type ImportSource } from './import-sources';

type Entry = FileSystemEntry;

const isFile = (e: Entry): e is FileSystemFileEntry => e.isFile;
const isDir = (e: Entry): e is FileSystemDirectoryEntry => e.isDirectory;

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((ok, fail) => entry.file(ok, fail));
}

/** Every entry of a directory (readEntries answers in batches until an empty one). */
async function children(dir: FileSystemDirectoryEntry): Promise<Entry[]> {
  const reader = dir.createReader();
  const out: Entry[] = [];
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) return out;
    out.push(...batch);
  }
}

/** Files under a dropped folder, named by their path inside it. */
async function walk(entry: Entry, out: File[], names: Map<File, string>): Promise<void> {
  if (isFile(entry)) {
    const file = await fileOf(entry);
    out.push(file);
    names.set(file, entry.fullPath.replace(/^\//, ''));
  } else if (isDir(entry)) for (const child of await children(entry)) await walk(child, out, names);
}

/**
 * What a drop carries. The desktop shell imports by path (folders included); the browser
 * reads files, walking dropped folders. DataTransfer items must be taken before the first await.
 */
export async function sourcesFromDrop(dt: DataTransfer): Promise<ImportSource[]> {
  const host = window.dossier?.host;
  if (host) return Array.from(dt.files).flatMap((f) => {
    const path = host.pathForFile(f);
    return path ? [{ kind: 'path', path } as const] : [];
  });
  const loose: File[] = [];
  const folders: FileSystemDirectoryEntry[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry && isDir(entry)) folders.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (!loose.length && !folders.length) loose.push(...Array.from(dt.files));
  const walked: File[] = [];
  const names = new Map<File, string>();
  for (const folder of folders) await walk(folder, walked, names);
  return [...sourcesFromFiles(loose), ...sourcesFromFiles(walked, true, (f) => names.get(f) ?? f.name)];
}
