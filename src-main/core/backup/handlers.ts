import type { HandlerMap } from '../handler-types';
import { info } from '../project/stats';
import { allowedPath } from '../session/file-access';
import { autoBackupSettings, backupNow, listBackups, setAutoBackup } from './auto-backup';
import { backup, commitRestore, stageRestore } from './backup';

export const backupHandlers = {
  'project.backup': (s, { path }) => backup(s.project, allowedPath(s, path)),
  'project.restore': async (s, { path }) => {
    const target = s.project.path;
    const sqlite = { nativeBinding: s.ports.nativeBinding };
    // Check a copy before closing anything: a damaged or newer backup leaves the open project as it was.
    const staged = stageRestore(allowedPath(s, path), target, sqlite);
    await s.reopenAfter(() => commitRestore(staged, target, sqlite));
    return info(s.project);
  },
  'backups.list': (s) => listBackups(s.project),
  'backups.run': (s) => backupNow(s.project),
  'backups.settings': (s, patch) => (Object.keys(patch).length ? setAutoBackup(s.project, patch) : autoBackupSettings(s.project)),
} satisfies HandlerMap<'project.backup' | 'project.restore' | 'backups.'>;
