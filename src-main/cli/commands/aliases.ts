import { call, print, usage, type Command } from '../context';

// Alias groups from the command line: the same calls the Aliases view makes.

export const aliases: Command = {
  summary: 'alias groups a search expands to (Turkey = Türkiye = Турция): list them, add names to one, remove a name or a group',
  usage: 'dossier aliases [list] | aliases add NAME NAME... | aliases remove NAME|GROUP-UID',
  options: {},
  async run(ctx, args) {
    const [action = 'list', ...names] = args;
    if (action === 'list') {
      const groups = await call(ctx, 'aliases.list', {});
      print(ctx, groups, () => (groups.length ? groups.map((g) => `${g.names.join(' = ')}  ${g.uid}`).join('\n') : 'no alias groups'));
    } else if (action === 'add') {
      if (names.length === 0) throw usage('aliases add needs names: dossier aliases add Turkey Türkiye Türkei');
      const group = await call(ctx, 'aliases.add', { names });
      print(ctx, group, () => `${group.names.join(' = ')}  ${group.uid}`);
    } else if (action === 'remove') {
      if (names.length !== 1) throw usage('aliases remove takes one name or group uid (quote a name of several words)');
      const r = await call(ctx, 'aliases.remove', { ref: names[0]! });
      if (r.removed === 0) ctx.err(`note: no alias named "${names[0]}"`);
      print(ctx, r, () => `${r.removed} name${r.removed === 1 ? '' : 's'} removed`);
    } else throw usage(`aliases: unknown action "${action}" (list, add, remove)`);
  },
};
