// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./citation-js.d.ts" />
import type { CslItem } from '@common/api/schemas/claims';

// The citation styles Dossier ships (CSL files from the Citation Style Language project's
// styles repository, CC BY-SA 3.0, in resources/csl; origin in resources/csl/README.md),
// rendered offline by citation-js (citeproc-js). Each style file is its own chunk, loaded the
// first time it is used: citation-js and a large style cost seconds to parse.

export const CSL_STYLES = {
  chicago: { file: 'chicago-notes-bibliography', label: 'Chicago (notes and bibliography, 18th ed.)' },
  apa: { file: 'apa', label: 'APA (7th ed.)' },
  mla: { file: 'modern-language-association', label: 'MLA (9th ed.)' },
  harvard: { file: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)' },
} as const;
export type CslStyleName = keyof typeof CSL_STYLES;

const LOADERS: Record<CslStyleName, () => Promise<{ default: string }>> = {
  chicago: () => import('../../../resources/csl/chicago-notes-bibliography.csl?raw'),
  apa: () => import('../../../resources/csl/apa.csl?raw'),
  mla: () => import('../../../resources/csl/modern-language-association.csl?raw'),
  harvard: () => import('../../../resources/csl/harvard-cite-them-right.csl?raw'),
};

const registered = new Set<CslStyleName>();

async function citationJs(style: CslStyleName): Promise<typeof import('@citation-js/core')> {
  const core = await import('@citation-js/core');
  // Registers the CSL formatter with citeproc-js.
  await import('@citation-js/plugin-csl');
  if (!registered.has(style)) {
    const xml = (await LOADERS[style]()).default;
    (core.plugins.config.get('@csl') as unknown as { styles: { add(name: string, xml: string): void } }).styles.add(`dossier-${style}`, xml);
    registered.add(style);
  }
  return core;
}

/** One source in a shipped style: its bibliography entry as text and as inner HTML, and its in-text or note citation. */
export async function renderCsl(csl: CslItem, style: CslStyleName): Promise<{ text: string; html: string; citation: string }> {
  const { Cite } = await citationJs(style);
  const cite = new Cite([structuredClone(csl)]);
  const options = { template: `dossier-${style}`, lang: 'en-US' };
  const text = cite.format('bibliography', { ...options, format: 'text' }).trim();
  const html = cite.format('bibliography', { ...options, format: 'html' });
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim() ?? text;
  const citation = cite.format('citation', { ...options, format: 'text' }).trim();
  return { text, html: entry, citation };
}
