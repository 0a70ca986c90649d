import { DossierError } from '../errors';

// A quote typed on the command line rarely matches the text byte for byte: the shell has
// straight quotes where the article has curly ones, and one space where a line broke.
const EQUIVALENT: [RegExp, string][] = [
  [/\s+/gu, '\\s+'],
  [/['’‘ʼ]/gu, "['’‘ʼ]"],
  [/["“”„]/gu, '["“”„]'],
  [/[-‐‑–—]/gu, '[-‐‑–—]'],
];

function quotePattern(quote: string): RegExp {
  const escaped = quote
    .normalize('NFC')
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = EQUIVALENT.reduce((s, [re, alt]) => s.replace(re, alt), escaped);
  return new RegExp(source, 'gu');
}

/** The UTF-16 range of the n-th (from 1) occurrence of `quote`; an error when absent or ambiguous. */
export function findQuote(text: string, quote: string, occurrence?: number): { start: number; end: number } {
  if (!quote.trim()) throw new DossierError('invalid-input', 'the quote is empty');
  const hits = [...text.matchAll(quotePattern(quote))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (hits.length === 0) throw new DossierError('not-found', 'the quote is not in the document');
  if (occurrence === undefined && hits.length > 1) {
    throw new DossierError('conflict', `the quote occurs ${hits.length} times in the document; choose an occurrence (1-${hits.length})`);
  }
  const hit = hits[(occurrence ?? 1) - 1];
  if (!hit) throw new DossierError('not-found', `the quote occurs only ${hits.length} time${hits.length === 1 ? '' : 's'} in the document`);
  return hit;
}
