import type { ImportItem } from '@common/api/schemas/documents';

/** Something the analyst chose to import, before its bytes are read. */
export type ImportSource =
  | { kind: 'file'; file: File; name: string }
  | { kind: 'path'; path: string }
  | { kind: 'text'; text: string; name?: string };

/** What the file chooser offers; inside folders other files are skipped, as the core's folder walk does. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'];
export const ACCEPT = ARTICLE_EXTENSIONS.join(',');
const isArticle = (name: string): boolean => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const isHidden = (path: string): boolean => path.split('/').some((part) => part.startsWith('.'));

/** The host's request limit for one item (base64 grows bytes by 4/3). */
export const MAX_SEND_BYTES = 45_000_000;

export const sourceName = (s: ImportSource): string =>
  s.kind === 'file' ? s.name : s.kind === 'path' ? s.path : (s.name ?? 'pasted text');

/** Bytes this source adds to a request (paths are read by the host, so they weigh nothing). */
export const sourceWeight = (s: ImportSource): number => (s.kind === 'file' ? s.file.size : s.kind === 'text' ? s.text.length * 2 : 0);

/** Chosen files; from a folder chooser, only articles and no hidden files. */
export function sourcesFromFiles(
  files: Iterable<File>,
  fromFolder = false,
  nameOf = (f: File): string => f.webkitRelativePath || f.name,
): ImportSource[] {
  const out: ImportSource[] = [];
  for (const file of files) {
    const name = nameOf(file);
    if (fromFolder && (!isArticle(name) || isHidden(name))) continue;
    out.push({ kind: 'file', file, name });
  }
  return out.sort((a, b) => sourceName(a).localeCompare(sourceName(b)));
}

function readBase64(file: File): Promise<string> {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      ok(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => fail(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

export async function toItem(s: ImportSource): Promise<ImportItem> {
  if (s.kind === 'path') return { kind: 'path', path: s.path };
  if (s.kind === 'text') return { kind: 'text', text: s.text, ...(s.name ? { name: s.name } : {}) };
  return { kind: 'data', name: s.name, base64: await readBase64(s.file) };
}

/**
 * Splits sources into requests of bounded size, in order, so a large import streams: each
 * request carries at most `budget` bytes or `maxCount` files (a file larger than the budget
 * goes alone). Paths weigh nothing and may expand to whole folders on the host.
 */
export function chunkSources(sources: ImportSource[], budget = 8_000_000, maxCount = 40): ImportSource[][] {
  const chunks: ImportSource[][] = [];
  let current: ImportSource[] = [];
  let weight = 0;
  for (const s of sources) {
    const w = sourceWeight(s);
    if (current.length && (weight + w > budget || current.length >= maxCount)) {
      chunks.push(current);
      current = [];
      weight = 0;
    }
    current.push(s);
    weight += w;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
