import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult, type ExportScope } from '@common/api/schemas/export';
import { plural } from '@common/text/plural';
import { call, print, usage, type Command } from '../context';

const isFormat = (f: unknown): f is ExportFormat => typeof f === 'string' && (EXPORT_FORMATS as readonly string[]).includes(f);

/** At most one of --document, --theme, --argument narrows the export; none means the whole project. */
function scopeOf(o: Record<string, unknown>): ExportScope {
  const given = (['document', 'theme', 'argument'] as const).filter((k) => typeof o[k] === 'string');
  if (given.length > 1) throw usage(`give at most one of --document, --theme, --argument (got ${given.map((g) => `--${g}`).join(', ')})`);
  const [kind] = given;
  if (kind === 'document') return { kind, uid: o.document as string };
  if (kind === 'theme') return { kind, theme: o.theme as string };
  if (kind === 'argument') return { kind, uid: o.argument as string };
  return { kind: 'project' };
}

/** "wrote x.qdpx (812 bytes): 2 documents, 5 themes, 6 annotations, 2 claims (as notes)", then what is not in the file. */
function summary(r: ExportResult): string {
  const c = r.counts;
  const held = [
    c.documents && plural(c.documents, 'document'),
    c.themes && plural(c.themes, 'theme'),
    c.annotations && plural(c.annotations, 'annotation'),
    c.claims && `${plural(c.claims, 'claim')}${r.format === 'qdpx' ? ' (as notes)' : ''}`,
    c.arguments && plural(c.arguments, 'argument'),
  ].filter(Boolean);
  return [`wrote ${r.path} (${r.bytes} bytes): ${held.join(', ') || 'nothing in scope'}`, ...r.omitted.map((o) => `not written: ${o}`)].join('\n');
}

export const exportCmd: Command = {
  summary: 'export annotated notes, tables, annotations or sources to a file',
  usage: `dossier export --format ${EXPORT_FORMATS.join('|')} --out FILE [--document ID] [--theme NAME] [--argument ID] [--what annotations|claims] [--force]`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    document: { type: 'string' },
    theme: { type: 'string' },
    argument: { type: 'string' },
    what: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(ctx, args, o) {
    if (args.length) throw usage(`export takes no positional arguments (got "${args[0]}")`);
    if (!isFormat(o.format)) throw usage(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (typeof o.out !== 'string' || !o.out.trim()) throw usage('export needs --out FILE');
    if (o.what !== undefined && (o.format !== 'csv' || (o.what !== 'annotations' && o.what !== 'claims'))) {
      throw usage('--what annotations|claims goes with --format csv');
    }
    const r = await call(ctx, 'export.run', {
      format: o.format,
      path: resolve(o.out),
      scope: scopeOf(o),
      // An existing file is replaced only when asked: the core refuses it otherwise.
      overwrite: o.force === true,
      ...(o.what === 'claims' || o.what === 'annotations' ? { csv: o.what } : {}),
    });
    print(ctx, r, () => summary(r));
    // Warnings go to stderr in both modes, so a script reading --json still sees them.
    for (const w of r.warnings) ctx.err(`warning: ${w}`);
  },
};

export const importProjectCmd: Command = {
  summary: 'read a .qdpx or W3C JSON file exported by Dossier into an empty project',
  usage: 'dossier import-project FILE',
  async run(ctx, args) {
    if (args.length !== 1) throw usage('import-project needs one FILE');
    const r = await call(ctx, 'export.importProject', { path: resolve(args[0]!) });
    const skipped = r.skipped ? `; ${r.skipped} passages could not be placed` : '';
    print(ctx, r, () => `imported ${r.documents} documents, ${r.themes} themes, ${r.annotations} annotations from ${r.format}${skipped}`);
  },
};

export const backups: Command = {
  summary: 'list automatic backups, take one now, or set how many are kept',
  usage: 'dossier backups [run | keep N]',
  async run(ctx, args) {
    if (args[0] === 'run' && args.length === 1) {
      const b = await call(ctx, 'backups.run', {});
      print(ctx, b, () => `backed up to ${b.path} (${b.sizeBytes} bytes)`);
      return;
    }
    if (args[0] === 'keep' && args.length === 2) {
      const keep = Number(args[1]);
      if (!Number.isInteger(keep) || keep < 1) throw usage('keep needs a whole number of backups, 1 or more');
      const s = await call(ctx, 'backups.settings', { keep });
      print(ctx, s, () => `keeping the last ${s.keep} backups in ${s.folder}`);
      return;
    }
    if (args.length) throw usage(`unknown backups action "${args.join(' ')}" (run | keep N)`);
    const list = await call(ctx, 'backups.list', {});
    print(ctx, list, () => (list.length ? list.map((b) => `${b.createdAt}  ${b.sizeBytes} bytes  ${b.path}`).join('\n') : 'no backups yet'));
  },
};
