// Files that make an import work hard, for the responsiveness test and bench.

/** A page of `depth` nested divs around one paragraph (Readability is super-linear in depth). */
export const nestedHtml = (depth: number): string =>
  `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>A paragraph of the article, ${depth} levels deep inside.</p>${'</div>'.repeat(depth)}</body></html>`;

/** The hostile batch: 2,000 levels (refused) and two pages just under the limits (slow in jsdom). */
export const hostileImportItems = (): { kind: 'data'; name: string; base64: string }[] =>
  [nestedHtml(2000), nestedHtml(190), nestedHtml(150)].map((html, i) => ({ kind: 'data', name: `deep-${i}.html`, base64: Buffer.from(html).toString('base64') }));

/** A text of `paragraphs` paragraphs (60,000 make about 8 MB): heavy to index and store. */
export function largeTextItem(paragraphs: number): { kind: 'text'; name: string; text: string } {
  const para = (i: number): string =>
    `Paragraph ${i} of a long report on the Middle Corridor: Baku, Aktau and Kars named ${i % 97} times, and the ferry schedules compared.`;
  return { kind: 'text', name: 'long-report.txt', text: Array.from({ length: paragraphs }, (_, i) => para(i)).join('\n\n') };
}
