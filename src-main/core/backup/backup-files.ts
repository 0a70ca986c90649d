import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupEntry } from '@common/api/schemas/export';

// Where backups live and how they are named: <dir>/<name>.backups/<name>-<when>[-<kind>].dossier,
// with <when> as 20261125-150047-123 (UTC), so names sort in time order.

const projectName = (projectPath: string): string => basename(projectPath).replace(/\.dossier$/, '');

export const backupFolderFor = (projectPath: string): string => join(dirname(projectPath), `${projectName(projectPath)}.backups`);

const stamp = (iso: string): string => iso.replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace(/Z$/, '').slice(0, 19);

/** A fresh file name in the backup folder for a backup taken at `iso` (a suffix when the name is taken). */
export function backupFileFor(projectPath: string, iso: string, kind: 'auto' | 'before-restore'): string {
  const folder = backupFolderFor(projectPath);
  const base = `${projectName(projectPath)}-${stamp(iso)}${kind === 'auto' ? '' : `-${kind}`}`;
  let file = join(folder, `${base}.dossier`);
  for (let n = 2; existsSync(file); n++) file = join(folder, `${base}.${n}.dossier`);
  return file;
}

const NAME = /^(.*)-(\d{8})-(\d{6})-(\d{3})(-before-restore)?(?:\.(\d+))?\.dossier$/;

interface Listed extends BackupEntry {
  auto: boolean;
  order: string;
}

/** Every backup of the project, newest first; `auto` marks those the keep-N rule may delete. */
export function listBackupFiles(projectPath: string): Listed[] {
  const folder = backupFolderFor(projectPath);
  if (!existsSync(folder)) return [];
  const out: Listed[] = [];
  for (const name of readdirSync(folder)) {
    const m = NAME.exec(name);
    if (!m || m[1] !== projectName(projectPath)) continue;
    const [, , d, t, ms, before, n] = m;
    const path = join(folder, name);
    const createdAt = `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6)}T${t!.slice(0, 2)}:${t!.slice(2, 4)}:${t!.slice(4)}.${ms}Z`;
    out.push({ path, name, createdAt, sizeBytes: statSync(path).size, auto: !before, order: `${createdAt}#${(n ?? '1').padStart(6, '0')}` });
  }
  return out.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
}
