import { Readability } from '@mozilla/readability';
import { DossierError } from '../errors';

// Readability's work grows faster than the page: 1,000 nested divs take about a minute and a
// page of 96,000 elements runs for minutes. Past these limits the page is read without it (every
// block of the body, in order) rather than not at all; the import's time limit covers the rest.

export const READABILITY_LIMITS = { depth: 120, elements: 20_000 };

/** Past these the page is refused before parsing: jsdom's own work grows faster than the page too. */
export const HTML_LIMITS = { depth: 200, elements: 200_000 };

// Elements whose end tag HTML lets a page leave out, and void elements: they do not nest.
const UNNESTED = new Set([
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp',
  'html', 'head', 'body', 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/**
 * Refuses a page nested deeper or holding more elements than any article needs, read from its
 * tags before anything parses it (open tags minus end tags, outside comments and scripts).
 */
export function assertHtmlWithinLimits(html: string): void {
  const text = html.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!UNNESTED.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (UNNESTED.has(name) || m[3]) continue;
    if (++depth > deepest) deepest = depth;
  }
  if (deepest > HTML_LIMITS.depth) {
    throw new DossierError('import-failed', `the page nests its elements ${deepest} levels deep (the limit is ${HTML_LIMITS.depth}); it is not an article Dossier can read`);
  }
  if (elements > HTML_LIMITS.elements) {
    throw new DossierError('import-failed', `the page holds ${elements} elements (the limit is ${HTML_LIMITS.elements}); it is not an article Dossier can read`);
  }
}

/** The deepest nesting of elements under `root`, walked without recursion. */
export function nestingDepth(root: Element, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return deepest;
}

/** Readability's article, or null when the page is past its limits (or it finds none). */
export function readArticle(doc: Document): ReturnType<Readability['parse']> {
  if (doc.getElementsByTagName('*').length > READABILITY_LIMITS.elements) return null;
  if (nestingDepth(doc.documentElement, READABILITY_LIMITS.depth) > READABILITY_LIMITS.depth) return null;
  return new Readability(doc.cloneNode(true) as Document, { maxElemsToParse: READABILITY_LIMITS.elements }).parse();
}
