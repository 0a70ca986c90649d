// The dom test program reaches core through dispatch without the node program's .d.ts files:
// load citation-js's declarations from here too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../citations/citation-js.d.ts" />
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem } from '@common/api/schemas/claims';
import { fold } from '@common/text/fold';
import { toCsl } from '../citations/csl';
import type { ExportBundle } from './model';
import { citationSourceOf } from './outline';

// Bibliographies of the sources: CSL-JSON (Zotero, Pandoc) and BibTeX. The CSL items come
// from the claims core's toCsl, so an export cites exactly as the app does.

// citation-js transliterates to ASCII and invents labels by default: "Məmmədova" would
// become "Mmmdova" (STACK.md pitfall 6). Its config is global, so it is set once here.
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format!.asciiOnly = false;
bibtexConfig.format!.useIdAsLabel = true;

export const cslItems = (b: ExportBundle): CslItem[] => b.documents.map((d) => toCsl(citationSourceOf(d)));

export const toCslJson = (b: ExportBundle): string => `${JSON.stringify(cslItems(b), null, 2)}\n`;

/** A readable ASCII citation key: first author's family name (or outlet), year, first title word. */
function citationKey(item: CslItem): string {
  const ascii = (s: string): string =>
    fold(s)
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '');
  const first = item.author?.[0];
  const who = first ? ('family' in first ? first.family : 'literal' in first ? first.literal : '') : (item['container-title'] ?? item.publisher ?? '');
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const word = item.title.split(/\s+/).map(ascii).find((w) => w.length > 3) ?? '';
  return `${ascii(who ?? '').slice(0, 20) || 'source'}${year ?? ''}${word.slice(0, 12)}`;
}

export function toBibtex(b: ExportBundle): string {
  const items = cslItems(b);
  if (!items.length) return '';
  const used = new Map<string, number>();
  const keyed = items.map((item) => {
    const base = citationKey(item);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...item, id: n === 1 ? base : `${base}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}` };
  });
  return new Cite(keyed).format('bibtex', { format: 'text' });
}
