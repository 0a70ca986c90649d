import type { HandlerMap } from '../handler-types';
import { info } from '../project/stats';
import { autoBackupSettings, backupNow, listBackups, setAutoBackup } from './auto-backup';
import { backup, restoreInto, verifyBackup } from './backup';

export const backupHandlers = {
  'project.backup': (s, { path }) => backup(s.project, path),
  'project.restore': (s, { path }) => {
    const target = s.project.path;
    // Verify before closing anything: a damaged or newer backup leaves the open project as it was.
    verifyBackup(path);
    s.project.close();
    try {
      restoreInto(path, target);
    } finally {
      s.reopen();
    }
    return info(s.project);
  },
  'backups.list': (s) => listBackups(s.project),
  'backups.run': (s) => backupNow(s.project),
  'backups.settings': (s, patch) => (Object.keys(patch).length ? setAutoBackup(s.project, patch) : autoBackupSettings(s.project)),
} satisfies HandlerMap<'project.backup' | 'project.restore' | 'backups.'>;
