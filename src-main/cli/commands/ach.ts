import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { call, CliError, print, usage, type Command } from '../context';

const FORMATS = { md: 'markdown', markdown: 'markdown', html: 'html', csv: 'csv' } as const;

export const achCmd: Command = {
  summary: 'list competing-hypotheses boards, or export one as Markdown, HTML or CSV (to stdout or --out FILE)',
  usage: 'dossier ach [export BOARD [--format md|html|csv] [--out FILE [--force]]]',
  options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  async run(ctx, args, o) {
    if (args.length === 0) {
      const boards = await call(ctx, 'ach.list', {});
      print(ctx, boards, () =>
        boards.length
          ? boards.map((b) => `${b.uid.slice(0, 8)}  ${b.question}  (${b.hypotheses} hypotheses, ${b.claims} claims)`).join('\n')
          : 'no boards yet',
      );
      return;
    }
    if (args[0] !== 'export' || args.length !== 2) throw usage('ach takes no arguments, or export BOARD');
    const format = FORMATS[(typeof o.format === 'string' ? o.format : 'md') as keyof typeof FORMATS];
    if (!format) throw usage('--format is md, html or csv');
    const file = await call(ctx, 'ach.export', { uid: args[1]!, format });
    if (typeof o.out !== 'string') {
      ctx.out(ctx.json ? JSON.stringify(file, null, 2) : file.text.trimEnd());
      return;
    }
    try {
      writeFileSync(resolve(o.out), file.text, { flag: o.force === true ? 'w' : 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${o.out} exists already (--force replaces it)`);
      throw err;
    }
    print(ctx, { path: resolve(o.out), bytes: Buffer.byteLength(file.text) }, () => `wrote ${o.out}`);
  },
};
