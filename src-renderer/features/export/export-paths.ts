// Default destinations: <project folder>/exports/<project>-<scope>.<ext>. Paths come from the
// core (POSIX or Windows), so both separators are understood.

export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : i === 0 ? path.slice(0, 1) : '.';
}

const separatorOf = (path: string): string => (path.includes('\\') && !path.includes('/') ? '\\' : '/');

/** A file-name-safe form of a title: letters of any script and digits kept, the rest dashes. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFC')
    // 'İ'.toLowerCase() is i + a combining dot (STACK.md pitfall 3).
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'export';
}

/**
 * The default file for an export, <project>-<scope>-<content><ext>: in `folder` when given (the
 * last export's), else the project's exports folder. Empty parts are left out (the whole
 * project has no scope part).
 */
export function defaultExportPath(projectPath: string, projectName: string, parts: string[], ext: string, folder?: string): string {
  const sep = separatorOf(projectPath);
  const dir = folder ?? `${folderOf(projectPath)}${sep}exports`;
  const name = [projectName, ...parts].filter((p) => p.trim()).map((p) => slug(p)).join('-');
  return `${dir}${sep}${name}${ext}`;
}

/** Puts `ext` on a path, replacing the extension of another export format. */
export function withExtension(path: string, ext: string, known: readonly string[]): string {
  const old = known.find((e) => path.toLowerCase().endsWith(e));
  return old ? path.slice(0, -old.length) + ext : path + ext;
}
