import { SEARCH_FILTER_KINDS, type SearchHit } from '@common/api/schemas/search';
import type { SearchSpec } from '@common/api/schemas/coding';
import { call, print, usage, type CliContext, type Command } from '../context';
import { themeNamed } from './themes';

type FilterKind = (typeof SEARCH_FILTER_KINDS)[number];

/** The snippet with its hits marked «like this», cut ends shown with an ellipsis. */
export function markHits(hit: Pick<SearchHit, 'snippet' | 'highlights' | 'truncatedStart' | 'truncatedEnd'>): string {
  let out = '';
  let at = 0;
  for (const [a, b] of hit.highlights) {
    out += `${hit.snippet.slice(at, a)}«${hit.snippet.slice(a, b)}»`;
    at = b;
  }
  out += hit.snippet.slice(at);
  return `${hit.truncatedStart ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${hit.truncatedEnd ? '…' : ''}`;
}

function human(hits: SearchHit[], total: number, exact: boolean): string {
  if (hits.length === 0) return 'no results';
  const lines = hits.map((h) => {
    const meta = [h.outlet, h.date].filter(Boolean).join(', ');
    const how = h.matchedBy.length && h.matchedBy.join() !== 'exact' ? `  [${h.matchedBy.join(', ')}]` : '';
    return `${h.kind.padEnd(10)} ${h.title}${meta ? `  (${meta})` : ''}  ${h.uid}${how}\n           ${markHits(h)}`;
  });
  return `${lines.join('\n')}\n${hits.length} shown of ${exact ? '' : 'at least '}${total}`;
}

/** Tags the passage of every document-text hit with the theme; prints how many were made. */
async function tagAll(ctx: CliContext, search: SearchSpec, themeRef: string, spread: string | undefined): Promise<void> {
  if (spread !== undefined && spread !== 'sentence' && spread !== 'paragraph') throw usage('--spread is sentence or paragraph');
  const theme = await themeNamed(ctx, themeRef);
  const r = await call(ctx, 'coding.tagHits', { search, theme: theme.uid, spread });
  const json = { tagged: r.created.length, alreadyTagged: r.alreadyTagged, capped: r.capped, theme: theme.name, annotations: r.created };
  print(ctx, json, () => `${r.created.length} passages tagged ${theme.name}${r.alreadyTagged ? ` (${r.alreadyTagged} had it already)` : ''}${r.capped ? '; only the first hits were tagged (narrow the search for the rest)' : ''}`);
}

export const searchCmd: Command = {
  summary:
    'search documents, annotations, claims and arguments (words, "phrases", OR, -word, =word, pre*, theme:, outlet:, before:, after:); words also match their inflections, other spellings and scripts of names, and aliases unless --exact',
  usage:
    'dossier search [QUERY] [--kind document|annotation|claim|argument] [--theme NAME] [--outlet NAME] [--from DATE] [--to DATE] [--limit N] [--exact] [--tag THEME [--spread sentence|paragraph]]',
  options: {
    exact: { type: 'boolean' },
    kind: { type: 'string', multiple: true },
    theme: { type: 'string' },
    outlet: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
    tag: { type: 'string' },
    spread: { type: 'string' },
  },
  async run(ctx, args, o) {
    const query = args.join(' ').trim();
    const filtered = ['kind', 'theme', 'outlet', 'from', 'to'].some((k) => o[k] !== undefined);
    if (!query && !filtered) throw usage('search needs a QUERY or a filter (--theme, --outlet, --from, --to, --kind)');
    const kinds = (o.kind as string[] | undefined) ?? [];
    const unknown = kinds.filter((k) => !(SEARCH_FILTER_KINDS as readonly string[]).includes(k));
    if (unknown.length) throw usage(`--kind is one of ${SEARCH_FILTER_KINDS.join(', ')} (not ${unknown.join(', ')})`);
    let limit: number | undefined;
    if (typeof o.limit === 'string') {
      limit = Number(o.limit);
      if (!/^\d+$/.test(o.limit) || limit < 1 || limit > 500) throw usage('--limit is a whole number from 1 to 500');
    }
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    if (typeof o.tag === 'string') {
      const spec = { query, theme: str(o.theme), outlet: str(o.outlet), from: str(o.from), to: str(o.to) };
      await tagAll(ctx, spec, o.tag, str(o.spread));
      return;
    }
    if (o.spread !== undefined) throw usage('--spread goes with --tag');
    const result = await call(ctx, 'search.query', {
      query,
      kinds: kinds.length ? (kinds as FilterKind[]) : undefined,
      theme: str(o.theme),
      outlet: str(o.outlet),
      from: str(o.from),
      to: str(o.to),
      limit,
      expand: o.exact !== true,
    });
    for (const n of result.notices) ctx.err(`note: ${n}`);
    const json = { total: result.total, totalExact: result.totalExact, hasMore: result.hasMore, notices: result.notices, hits: result.hits };
    print(ctx, json, () => human(result.hits, result.total, result.totalExact));
  },
};
