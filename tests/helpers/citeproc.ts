import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CSL_STYLES, type CslStyleName } from '../../src-main/core/citations/csl-styles';

// citeproc-js itself (the engine Zotero and citation-js use), fed the CSL files Dossier ships
// and the en-US locale citation-js bundles: a reader of Dossier's CSL-JSON with these styles.

const require = createRequire(import.meta.url);
interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
}
const CSL = require('citeproc') as { Engine: new (sys: object, style: string, lang: string) => Engine };
const LOCALES = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;

/** The bibliography entries (plain text) of the items in a shipped style, in the style's order. */
export function renderWithCiteproc(items: { id: string }[], style: CslStyleName): string[] {
  const xml = readFileSync(join(process.cwd(), 'resources', 'csl', `${CSL_STYLES[style].file}.csl`), 'utf8');
  const byId = new Map(items.map((i) => [i.id, i]));
  const sys = { retrieveLocale: () => LOCALES['en-US'], retrieveItem: (id: string) => byId.get(id) };
  const engine = new CSL.Engine(sys, xml, 'en-US');
  (engine as unknown as { setOutputFormat(f: string): void }).setOutputFormat('text');
  engine.updateItems(items.map((i) => i.id));
  const bib = engine.makeBibliography();
  return bib ? bib[1].map((e) => e.trim()) : [];
}
