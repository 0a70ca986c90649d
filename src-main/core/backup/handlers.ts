import type { HandlerMap } from '../handler-types';
import { info } from '../project/stats';
import { autoBackupSettings, backupNow, listBackups, setAutoBackup } from './auto-backup';
import { backup, restoreInto, verifyBackup } from './backup';

export const backupHandlers = {
  'project.backup': (s, { path }) => backup(s.project, path),
  'project.restore': async (s, { path }) => {
    const target = s.project.path;
    const sqlite = { nativeBinding: s.ports.nativeBinding };
    // Verify before closing anything: a damaged or newer backup leaves the open project as it was.
    verifyBackup(path, sqlite);
    await s.reopenAfter(() => restoreInto(path, target, sqlite));
    return info(s.project);
  },
  'backups.list': (s) => listBackups(s.project),
  'backups.run': (s) => backupNow(s.project),
  'backups.settings': (s, patch) => (Object.keys(patch).length ? setAutoBackup(s.project, patch) : autoBackupSettings(s.project)),
} satisfies HandlerMap<'project.backup' | 'project.restore' | 'backups.'>;
