import { call, print, usage, type Command } from '../context';

export const themes: Command = {
  summary: 'list or add themes',
  usage: 'dossier themes [add NAME [--parent NAME] [--color #hex]]',
  options: { parent: { type: 'string' }, color: { type: 'string' } },
  async run(ctx, args, o) {
    if (args[0] === 'add') {
      if (args.length !== 2) throw usage('themes add needs one NAME');
      let parent: string | undefined;
      if (typeof o.parent === 'string') {
        const all = await call(ctx, 'themes.list', {});
        const found = all.find((t) => t.name.toLowerCase() === String(o.parent).toLowerCase());
        if (!found) throw usage(`no theme named "${o.parent}"`);
        parent = found.uid;
      }
      const created = await call(ctx, 'themes.create', {
        name: args[1]!,
        parent,
        color: typeof o.color === 'string' ? o.color : undefined,
      });
      print(ctx, created, () => `added ${created.name} (${created.uid})`);
      return;
    }
    if (args.length > 0) throw usage(`unknown themes action "${args[0]}"`);
    const list = await call(ctx, 'themes.list', {});
    print(ctx, list, () => list.map((t) => `${t.color}  ${t.name} (${t.annotationCount})`).join('\n') || 'no themes');
  },
};
