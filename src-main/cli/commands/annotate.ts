import { call, print, usage, type Command } from '../context';

export const annotate: Command = {
  summary: 'annotate a passage of a document, found by its quote',
  usage: 'dossier annotate DOC --quote "exact text" [--occurrence N] [--theme NAME]... [--note TEXT]',
  options: {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    theme: { type: 'string', multiple: true },
    note: { type: 'string' },
  },
  async run(ctx, args, o) {
    if (args.length !== 1) throw usage('annotate needs one DOC (a document id or a unique prefix of one)');
    if (typeof o.quote !== 'string' || !o.quote.trim()) throw usage('annotate needs --quote "exact text"');
    let occurrence: number | undefined;
    if (typeof o.occurrence === 'string') {
      occurrence = Number(o.occurrence);
      if (!Number.isInteger(occurrence) || occurrence < 1) throw usage('--occurrence is a whole number from 1');
    }
    const created = await call(ctx, 'annotations.create', {
      document: args[0]!,
      quote: o.quote,
      occurrence,
      themeNames: Array.isArray(o.theme) ? o.theme : [],
      noteText: typeof o.note === 'string' ? o.note : undefined,
    });
    print(ctx, created, () => {
      const themes = created.themes.map((t) => t.name).join(', ');
      return `annotated ${created.uid.slice(0, 8)} in ${created.documentTitle} [${created.start}-${created.end}]${themes ? ` (${themes})` : ''}`;
    });
  },
};
