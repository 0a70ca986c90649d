import { resolve } from 'node:path';
import { restoreInto } from '../../core/backup/backup';
import { DossierError } from '../../core/errors';
import { call, CliError, print, usage, type Command } from '../context';

const table = (rows: [string, string | number][]): string => {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n');
};

export const stats: Command = {
  summary: 'counts and size of the project',
  usage: 'dossier stats',
  async run(ctx) {
    const s = await call(ctx, 'project.stats', {});
    print(ctx, s, () =>
      table([['project', s.path], ['schema', s.schemaVersion], ['size', `${s.sizeBytes} bytes`], ...Object.entries(s.counts)]),
    );
  },
};

export const check: Command = {
  summary: 'integrity, foreign keys and document invariants',
  usage: 'dossier check',
  async run(ctx) {
    const r = await call(ctx, 'project.check', {});
    print(ctx, r, () => (r.ok ? 'integrity ok' : `problems:\n${[...r.integrity.filter((x) => x !== 'ok'), ...r.problems].join('\n')}`));
    if (!r.ok) throw new CliError('the project failed its check');
  },
};

export const backup: Command = {
  summary: 'write a consistent copy of the project',
  usage: 'dossier backup FILE',
  async run(ctx, args) {
    if (args.length !== 1) throw usage('backup needs one FILE');
    const r = await call(ctx, 'project.backup', { path: resolve(args[0]!) });
    print(ctx, r, () => `backed up to ${r.path} (${r.sizeBytes} bytes)`);
  },
};

export const restore: Command = {
  summary: 'replace the project (--db) with a verified backup',
  usage: 'dossier restore FILE',
  async run(ctx, args) {
    if (args.length !== 1) throw usage('restore needs one FILE');
    try {
      restoreInto(resolve(args[0]!), ctx.dbPath);
    } catch (err) {
      if (err instanceof DossierError) throw new CliError(err.message);
      throw err;
    }
    const info = await call(ctx, 'project.info', {});
    print(ctx, info, () => `restored ${args[0]} into ${info.path}`);
  },
};
