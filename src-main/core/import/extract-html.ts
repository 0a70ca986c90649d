import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { DossierError } from '../errors';
import type { DocumentMeta } from '../library/documents';
import { TRAILER } from './clean-scraped';
import { assertNotBinary, decodeText } from './decode';
import { assemble, type Extracted, type Part } from './extract-text';

// Imported HTML is untrusted. jsdom parses it without running scripts or loading anything,
// DOMPurify (on that jsdom window: it is a no-op on lighter DOMs) removes scripts, handlers and
// javascript: URLs, Readability finds the article, and only plain text and block ranges are kept.

const BLOCKS: Record<string, Part['kind']> = {
  P: 'paragraph',
  BLOCKQUOTE: 'paragraph',
  PRE: 'paragraph',
  DD: 'paragraph',
  DT: 'paragraph',
  LI: 'list_item',
  FIGCAPTION: 'caption',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
};
const BLOCK_SELECTOR = Object.keys(BLOCKS).join(',');
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'NAV']);
const CONTAINERS = new Set([
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'DL', 'FIGURE', 'TABLE', 'TBODY', 'THEAD',
  'TR', 'TD', 'TH', 'BODY', 'FORM', 'ADDRESS', 'DETAILS', 'SUMMARY', 'HR',
]);
const CREDIT = /(?:photo|image|credit|foto|фото)\s*[:：]\s*(.{1,120})$/iu;
const CREDIT_LINE = /^(?:photos?|image|credits?|foto|fotoğraf|фото)\s*[:：]\s*(.{1,120})$/iu;
/** A credit said twice in a row ("Photo: Eurasianet Photo: Eurasianet"), as pages with a figcaption and a credit span give it. */
const REPEATED_CREDIT = /((?:photos?|image|credits?|foto|fotoğraf|фото)\s*[:：]\s*[^:：]{1,120}?)(?:\s+\1)+$/iu;

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function collectParts(root: Node, parts: Part[]): void {
  let inline = '';
  const flush = (): void => {
    if (squash(inline)) parts.push({ kind: 'paragraph', text: squash(inline) });
    inline = '';
  };
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === 3) {
      inline += node.textContent;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      inline += ' ';
      continue;
    }
    const kind = BLOCKS[tag];
    const nested = el.querySelector(BLOCK_SELECTOR) !== null;
    if (kind && !nested) {
      flush();
      const text = squash(el.textContent);
      const level = kind === 'heading' ? Number(tag.slice(1)) : null;
      const credit = kind === 'caption' ? (CREDIT.exec(text)?.[1]?.trim() ?? null) : null;
      parts.push({ kind, text, level, credit });
    } else if (kind || nested || CONTAINERS.has(tag)) {
      flush();
      collectParts(el, parts);
      flush();
    } else inline += el.textContent;
  }
  flush();
}

/**
 * Captions and credits once: a repeated credit inside a caption is said once, and a "Photo: X"
 * paragraph after a caption that has it already goes (or joins the caption that lacks it; alone
 * it becomes a caption itself).
 */
function creditsOnce(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const text = part.text.replace(REPEATED_CREDIT, '$1');
    const credit = part.kind === 'paragraph' ? CREDIT_LINE.exec(text) : null;
    const prev = out[out.length - 1];
    if (credit && prev?.kind === 'caption' && prev.text.toLowerCase().includes(text.toLowerCase())) continue;
    if (credit && prev?.kind === 'caption' && !prev.credit) {
      prev.text = `${prev.text} ${text}`;
      prev.credit = credit[1]!.trim();
      continue;
    }
    if (credit) out.push({ kind: 'caption', text, credit: credit[1]!.trim() });
    else if (part.kind === 'caption') out.push({ ...part, text, credit: CREDIT.exec(text)?.[1]?.trim() ?? null });
    else out.push(text === part.text ? part : { ...part, text });
  }
  return out;
}

const metaContent = (doc: Document, ...selectors: string[]): string | undefined => {
  for (const s of selectors) {
    const v = squash(doc.querySelector(s)?.getAttribute(s.startsWith('link') ? 'href' : 'content'));
    if (v) return v;
  }
  return undefined;
};

const httpUrl = (v: string | undefined): string | undefined => (v && /^https?:\/\//i.test(v) ? v : undefined);

function readMeta(doc: Document): Partial<DocumentMeta> {
  const author = metaContent(doc, 'meta[name="author" i]', 'meta[property="article:author"]', 'meta[name="dc.creator" i]');
  return {
    title:
      metaContent(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
      (squash(doc.querySelector('h1')?.textContent) || squash(doc.querySelector('title')?.textContent) || undefined),
    outlet: metaContent(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
    published:
      metaContent(
        doc,
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate" i]',
        'meta[name="date" i]',
        'meta[name="dc.date" i]',
      ) ?? (squash(doc.querySelector('time[datetime]')?.getAttribute('datetime')) || undefined),
    author: author && !/^https?:/i.test(author) ? author : undefined,
    language:
      squash(doc.documentElement.getAttribute('lang')) ||
      metaContent(doc, 'meta[http-equiv="content-language" i]') ||
      metaContent(doc, 'meta[property="og:locale"]')?.split(/[_-]/)[0],
    url: httpUrl(metaContent(doc, 'link[rel="canonical"]')) ?? httpUrl(metaContent(doc, 'meta[property="og:url"]')),
  };
}

/** The charset an HTML file declares in its first bytes, when TextDecoder knows it. */
function declaredDecoder(bytes: Uint8Array): TextDecoder | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

export function extractHtml(bytes: Uint8Array): Extracted {
  const declared = declaredDecoder(bytes);
  if (declared) assertNotBinary(bytes);
  const html = declared ? declared.decode(bytes) : decodeText(bytes);
  const dom = new JSDOM(html);
  try {
    const doc = dom.window.document;
    const meta = readMeta(doc);
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
    doc.body.replaceChildren(purify.sanitize(doc.body.innerHTML, { RETURN_DOM_FRAGMENT: true }));
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    let parts: Part[] = [];
    collectParts(article?.content ? purify.sanitize(article.content, { RETURN_DOM_FRAGMENT: true }) : doc.body, parts);
    if (parts.length === 0) collectParts(doc.body, parts);
    // A "Related news" block that survived Readability is not the article either.
    parts = creditsOnce(parts);
    const trailer = parts.findIndex((x, i) => i > 0 && i >= parts.length / 2 && x.kind !== 'list_item' && TRAILER.test(x.text));
    if (trailer > 0) parts.length = trailer;
    if (parts.length === 0) throw new DossierError('import-failed', 'no article text found in the HTML');
    const title = meta.title ?? (squash(article?.title) || undefined);
    // Readability demotes the page's h1; the title is the document's one level-1 heading.
    if (title && parts[0]?.kind === 'heading' && squash(parts[0].text).toLowerCase() === title.toLowerCase()) parts[0].level = 1;
    else if (title) parts.unshift({ kind: 'heading', level: 1, text: title });
    const found = { ...meta, title, author: meta.author ?? (squash(article?.byline) || undefined) };
    return { meta: found, ...assemble(parts) };
  } finally {
    dom.window.close();
  }
}
