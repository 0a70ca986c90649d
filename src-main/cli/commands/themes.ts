import type { Theme } from '@common/api/schemas/themes';
import { themeNameKey } from '@common/text/theme-name';
import { call, print, usage, type CliContext, type Command } from '../context';

/** A theme by uid or name (the one name rule: "turkiye" finds "Türkiye"); ambiguous names are refused. */
export async function themeNamed(ctx: CliContext, ref: string): Promise<Theme> {
  const all = await call(ctx, 'themes.list', {});
  const byUid = all.find((t) => t.uid === ref);
  if (byUid) return byUid;
  const key = themeNameKey(ref);
  const named = all.filter((t) => themeNameKey(t.name) === key);
  if (named.length === 0) throw usage(`no theme named "${ref}"`);
  if (named.length > 1) throw usage(`${named.length} themes are named "${ref}"; use its id`);
  return named[0]!;
}

/** The codebook indented by depth, siblings in their order. */
function treeLines(list: Theme[], parent: string | null = null, depth = 0): string[] {
  return list
    .filter((t) => t.parentUid === parent)
    .sort((a, b) => a.position - b.position)
    .flatMap((t) => [`${t.color}  ${'  '.repeat(depth)}${t.name} (${t.annotationCount})`, ...treeLines(list, t.uid, depth + 1)]);
}

function needs(args: string[], n: number, what: string): void {
  if (args.length !== n + 1) throw usage(`themes ${args[0]} needs ${what}`);
}

export const themes: Command = {
  summary: 'list, add, rename, merge or delete themes',
  usage: 'dossier themes [add NAME [--parent NAME] [--color #hex] | rename NAME NEW | merge SOURCE TARGET | delete NAME]',
  options: { parent: { type: 'string' }, color: { type: 'string' } },
  async run(ctx, args, o) {
    switch (args[0]) {
      case 'add': {
        needs(args, 1, 'one NAME');
        const parent = typeof o.parent === 'string' ? (await themeNamed(ctx, o.parent)).uid : undefined;
        const color = typeof o.color === 'string' ? o.color : undefined;
        const created = await call(ctx, 'themes.create', { name: args[1]!, parent, color });
        print(ctx, created, () => `added ${created.name} (${created.uid})`);
        return;
      }
      case 'rename': {
        needs(args, 2, 'NAME and NEW');
        const theme = await themeNamed(ctx, args[1]!);
        const renamed = await call(ctx, 'themes.update', { uid: theme.uid, name: args[2]! });
        print(ctx, renamed, () => `renamed ${theme.name} to ${renamed.name}`);
        return;
      }
      case 'merge': {
        needs(args, 2, 'SOURCE and TARGET');
        const [source, target] = [await themeNamed(ctx, args[1]!), await themeNamed(ctx, args[2]!)];
        const r = await call(ctx, 'themes.merge', { source: source.uid, target: target.uid });
        print(ctx, r, () => `merged ${source.name} into ${r.target.name}: ${r.annotationsMoved} annotations moved`);
        return;
      }
      case 'delete': {
        needs(args, 1, 'one NAME');
        const theme = await themeNamed(ctx, args[1]!);
        const r = await call(ctx, 'themes.delete', { uid: theme.uid });
        const moved = r.children ? `; ${r.children} sub-themes moved up` : '';
        print(ctx, r, () => `deleted ${r.name}: removed from ${r.annotations} annotations (${r.untagged} left untagged)${moved}`);
        return;
      }
      case undefined: {
        const list = await call(ctx, 'themes.list', {});
        print(ctx, list, () => treeLines(list).join('\n') || 'no themes');
        return;
      }
      default:
        throw usage(`unknown themes action "${args[0]}"`);
    }
  },
};
