import { autoBackupSettings, backupNow, listBackups, setAutoBackup } from '../backup/auto-backup';
import type { HandlerMap } from '../handler-types';
import { setSetting } from '../settings';
import { readExport, rememberExport } from './exported-files';
import { importProject } from './import-project';
import { runExport } from './run';

export const exportHandlers = {
  'export.run': async (s, req) => {
    const result = await runExport(s.project, req, s.ports.printPdf);
    rememberExport(s, result.path);
    // The Export dialog opens with the last choices (format, scope, folder).
    setSetting(s.project, 'export.last', JSON.stringify({ format: req.format, scope: req.scope, path: result.path, csv: req.csv }));
    return result;
  },
  'export.importProject': (s, { path }) => importProject(s.project, path),
  'export.read': (s, { path }) => readExport(s, path),
  'backups.list': (s) => listBackups(s.project),
  'backups.run': (s) => backupNow(s.project),
  'backups.settings': (s, patch) => (Object.keys(patch).length ? setAutoBackup(s.project, patch) : autoBackupSettings(s.project)),
} satisfies HandlerMap<'export.' | 'backups.'>;
