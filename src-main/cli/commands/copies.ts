import type { CopyPair } from '@common/api/schemas/copies';
import { plural } from '@common/text/plural';
import { call, print, usage, type Command } from '../context';

const side = (d: CopyPair['details'][number]): string => `${d.uid.slice(0, 8)} ${d.outlet ?? '-'} ${d.published ?? '----'}`;

export const copiesCmd: Command = {
  summary: 'list passages documents of different outlets share (copies, reprints); --rebuild recomputes them',
  usage: 'dossier copies [DOC] [--rebuild]',
  options: { rebuild: { type: 'boolean' } },
  async run(ctx, args, o) {
    if (args.length > 1) throw usage('copies takes at most one DOC (a document id or a unique prefix)');
    if (o.rebuild === true) {
      if (args.length) throw usage('--rebuild works on the whole project: give no DOC');
      const r = await call(ctx, 'copies.rebuild', {});
      print(ctx, r, () => `${plural(r.documents, 'document')} compared, ${plural(r.links, 'copy link')}`);
      return;
    }
    const list = await call(ctx, 'copies.list', args[0] ? { document: args[0] } : {});
    print(ctx, list, () =>
      list.pairs
        .map((p) => `${side(p.details[0])}  =  ${side(p.details[1])}  ${p.sharedWords} words shared, longest run ${p.longestRun}`)
        .join('\n') || 'no copies',
    );
  },
};
