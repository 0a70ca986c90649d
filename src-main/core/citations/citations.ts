import type { Citation, CitationStyle, CslItem } from '@common/api/schemas/claims';
import { resolveId } from '../claims/resolve';
import { documentRow } from '../library/documents';
import type { Project } from '../session';
import { citationSource, toCsl } from './csl';
import { notesCitation } from './notes-style';

/**
 * APA 7 through citation-js: one bibliography entry as text and as HTML (inner markup only).
 * citation-js is loaded on first use: it costs about a quarter second, which every CLI
 * command and app start would otherwise pay.
 */
export async function apaCitation(csl: CslItem): Promise<{ text: string; html: string }> {
  const { Cite } = await import('@citation-js/core');
  // Registers the CSL formatter and its bundled templates (APA among them).
  await import('@citation-js/plugin-csl');
  const cite = new Cite([structuredClone(csl)]);
  const options = { template: 'apa', lang: 'en-US' };
  const text = cite.format('bibliography', { ...options, format: 'text' }).trim();
  const html = cite.format('bibliography', { ...options, format: 'html' });
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim() ?? text;
  return { text, html: entry };
}

async function cite(p: Project, documentId: number, style: CitationStyle, annotation: { uid: string; quote: string } | null): Promise<Citation> {
  const source = citationSource(p, documentId);
  const csl = toCsl(source);
  const formatted =
    style === 'notes'
      ? notesCitation(source)
      : style === 'apa'
        ? await apaCitation(csl)
        : { text: JSON.stringify(csl, null, 2), html: '' };
  return { style, document: source.uid, annotation: annotation?.uid ?? null, quote: annotation?.quote ?? null, csl, ...formatted };
}

export const citeDocument = (p: Project, ref: string, style: CitationStyle): Promise<Citation> => cite(p, documentRow(p, ref).id, style, null);

/** The citation of the passage's document, with the passage as the quote. */
export function citeAnnotation(p: Project, ref: string, style: CitationStyle): Promise<Citation> {
  const { id } = resolveId(p, 'annotation', ref);
  const a = p.db.prepare('SELECT uid, exact, document_id FROM annotations WHERE id = ?').get(id) as { uid: string; exact: string; document_id: number };
  return cite(p, a.document_id, style, { uid: a.uid, quote: a.exact });
}
