import { resolve } from 'node:path';
import type { ImportOverrides } from '@common/api/schemas/documents';
import type { Outlet } from '@common/api/schemas/outlets';
import { outletKey } from '@common/text/outlet-key';
import { normalizeDate } from '@common/text/dates';
import { call, CliError, print, usage, type Command } from '../context';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const importCmd: Command = {
  summary: 'import files and folders (txt, md, html, pdf)',
  usage: 'dossier import FILE|DIR... [--outlet NAME] [--title T] [--url U] [--published DATE] [--author A] [--language CODE]',
  options: {
    outlet: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string' },
    author: { type: 'string' },
    language: { type: 'string' },
  },
  async run(ctx, args, o) {
    if (args.length === 0) throw usage('import needs at least one FILE or DIR');
    const overrides: ImportOverrides = {};
    for (const k of ['outlet', 'title', 'url', 'published', 'author', 'language'] as const) {
      const v = str(o[k]);
      // "7 October 2025" on the command line means 2025-10-07; what cannot be read is refused as given.
      if (v !== undefined) overrides[k] = k === 'published' ? (normalizeDate(v) ?? v) : v;
    }
    const summary = await call(ctx, 'documents.import', {
      items: args.map((a) => ({ kind: 'path' as const, path: resolve(a) })),
      overrides,
    });
    for (const r of summary.results) {
      if (ctx.json) ctx.out(JSON.stringify(r));
      else {
        const detail = r.status === 'failed' ? r.reason : r.status === 'duplicate' ? `of ${r.existing}` : r.uid;
        ctx.out(`${r.status.padEnd(9)} ${r.file}  ${detail ?? ''}`.trimEnd());
      }
    }
    if (!ctx.json) ctx.out(`${summary.imported} imported, ${summary.duplicates} duplicates, ${summary.failed} failed`);
    if (summary.failed > 0) throw new CliError(`${summary.failed} of ${summary.results.length} files failed`);
  },
};

export const documents: Command = {
  summary: 'list documents',
  usage: 'dossier documents',
  async run(ctx) {
    const list = await call(ctx, 'documents.list', { sort: 'created', direction: 'asc' });
    print(ctx, list, () =>
      list.map((d) => `${d.uid.slice(0, 8)}  ${d.published ?? '----'}  ${d.outlet ?? '-'}  ${d.title}`).join('\n') || 'no documents',
    );
  },
};

const OUTLET_OPTIONS = ['kind', 'grade', 'country', 'language', 'homepage'] as const;

/** The outlet NAME means: its name or one of its aliases, compared folded. */
function outletNamed(list: Outlet[], name: string): Outlet {
  const key = outletKey(name);
  const found = list.find((o) => outletKey(o.name) === key) ?? list.find((o) => o.aliases.some((a) => outletKey(a) === key));
  if (!found) throw new CliError(`no outlet named "${name}" (see dossier outlets)`);
  return found;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export const outlets: Command = {
  summary: 'list, add or edit outlets (kind, grade, aliases, domains)',
  usage:
    'dossier outlets [add NAME | edit NAME] [--kind K] [--grade A-F] [--country CC] [--language L] [--homepage URL] [--alias A]... [--domain D]... [--name NEW]',
  options: {
    kind: { type: 'string' },
    grade: { type: 'string' },
    country: { type: 'string' },
    language: { type: 'string' },
    homepage: { type: 'string' },
    alias: { type: 'string', multiple: true },
    domain: { type: 'string', multiple: true },
    name: { type: 'string' },
  },
  async run(ctx, args, o) {
    if (args[0] === 'add') {
      if (args.length !== 2) throw usage('outlets add needs one NAME');
      const created = await call(ctx, 'outlets.create', {
        name: args[1]!,
        kind: str(o.kind) as never,
        grade: str(o.grade) as never,
        country: str(o.country) ?? null,
        language: str(o.language) ?? null,
        homepage: str(o.homepage) ?? null,
        aliases: strings(o.alias),
        domains: strings(o.domain),
      });
      print(ctx, created, () => `added ${created.name} (${created.uid})`);
      return;
    }
    if (args[0] === 'edit') {
      if (args.length !== 2) throw usage('outlets edit needs one NAME');
      const target = outletNamed(await call(ctx, 'outlets.list', {}), args[1]!);
      const patch: Record<string, unknown> = {};
      for (const k of OUTLET_OPTIONS) if (str(o[k]) !== undefined) patch[k] = str(o[k]);
      if (str(o.name) !== undefined) patch.name = str(o.name);
      // --alias and --domain add to what the outlet has; nothing is removed from the command line.
      if (strings(o.alias).length) patch.aliases = [...target.aliases, ...strings(o.alias)];
      if (strings(o.domain).length) patch.domains = [...target.domains, ...strings(o.domain)];
      if (Object.keys(patch).length === 0) throw usage('outlets edit needs something to change (--kind, --grade, --alias, ...)');
      const updated = await call(ctx, 'outlets.update', { uid: target.uid, patch: patch as never });
      print(ctx, updated, () => describeOutlet(updated));
      return;
    }
    if (args.length > 0) throw usage(`unknown outlets action "${args[0]}"`);
    const list = await call(ctx, 'outlets.list', {});
    print(ctx, list, () => list.map(describeOutlet).join('\n') || 'no outlets');
  },
};

const describeOutlet = (x: Outlet): string =>
  `${x.grade}  ${x.kind.padEnd(17)} ${x.name} (${x.documentCount})${x.aliases.length ? `  also: ${x.aliases.join(', ')}` : ''}`;
