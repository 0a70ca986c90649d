import type { HandlerMap } from '../handler-types';
import { info } from '../project/stats';
import { allowedPath } from '../session/file-access';
import { autoBackupSettings, backupNow, listBackups, setAutoBackup } from './auto-backup';
import { resolve } from 'node:path';
import { runJob } from '../workers/run-job';
import { commitRestore } from './backup';

export const backupHandlers = {
  // Online backup and the check of a backup run in a worker thread: the UI keeps answering.
  'project.backup': (s, { path }) => {
    const dest = allowedPath(s, path);
    return runJob(s.project, 'backup', { dest }, { target: resolve(dest) });
  },
  'project.restore': async (s, { path }) => {
    const target = s.project.path;
    const sqlite = { nativeBinding: s.ports.nativeBinding };
    // Check a copy before closing anything: a damaged or newer backup leaves the open project as it was.
    const staged = await runJob(s.project, 'stage-restore', { file: allowedPath(s, path), target });
    await s.reopenAfter(() => commitRestore(staged, target, sqlite));
    return info(s.project);
  },
  'backups.list': (s) => listBackups(s.project),
  'backups.run': (s) => backupNow(s.project),
  'backups.settings': (s, patch) => (Object.keys(patch).length ? setAutoBackup(s.project, patch) : autoBackupSettings(s.project)),
} satisfies HandlerMap<'project.backup' | 'project.restore' | 'backups.'>;
