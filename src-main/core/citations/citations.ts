import type { Citation, CitationStyle } from '@common/api/schemas/claims';
import { resolveRef } from '../data/resolve';
import { documentRow } from '../library/documents';
import type { Project } from '../session';
import { citationSource, toCsl } from './csl';
import { renderCsl } from './csl-styles';
import { notesCitation } from './notes-style';
import { prepared } from '../data/statements';

async function cite(p: Project, documentId: number, style: CitationStyle, annotation: { uid: string; quote: string } | null): Promise<Citation> {
  const source = citationSource(p, documentId);
  const csl = toCsl(source);
  const formatted =
    style === 'notes' ? notesCitation(source) : style === 'csl-json' ? { text: JSON.stringify(csl, null, 2), html: '' } : await renderCsl(csl, style);
  return { style, document: source.uid, annotation: annotation?.uid ?? null, quote: annotation?.quote ?? null, csl, text: formatted.text, html: formatted.html };
}

export const citeDocument = (p: Project, ref: string, style: CitationStyle): Promise<Citation> => cite(p, documentRow(p, ref).id, style, null);

/** The citation of the passage's document, with the passage as the quote. */
export function citeAnnotation(p: Project, ref: string, style: CitationStyle): Promise<Citation> {
  const { id } = resolveRef(p, 'annotation', ref);
  const a = prepared(p, 'SELECT uid, exact, document_id FROM annotations WHERE id = ?').get(id) as { uid: string; exact: string; document_id: number };
  return cite(p, a.document_id, style, { uid: a.uid, quote: a.exact });
}
