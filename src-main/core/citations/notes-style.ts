import { authorNames, displayName, type AuthorKind } from '@common/text/author-names';
import { dateParts, type CitationSource } from './csl';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "7 October 2025", "October 2025" or "2025": a partial date says only what is known. */
export function longDate(date: string): string {
  const [y, m, d] = dateParts(date);
  if (y === undefined) return date;
  const month = m ? MONTHS[m - 1] : undefined;
  return [d, month, y].filter((x) => x !== undefined).join(' ');
}

function authorLine(author: string | null, kind: AuthorKind): string {
  const names = authorNames(author, kind).map(displayName);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The default notes style, close to a Chicago footnote:
 *   Leyla Məmmədova, “Title,” Azernews, 7 October 2025, https://… (accessed 25 November 2026).
 * Missing parts are left out. Returns plain text and the same with the outlet in italics.
 */
export function notesCitation(s: CitationSource): { text: string; html: string } {
  const title = s.title.trim().replace(/[.,;:]+$/, '');
  const after: { text: string; html: string }[] = [];
  const plain = (t: string): void => void after.push({ text: t, html: escapeHtml(t) });
  if (s.outlet) after.push({ text: s.outlet.name, html: `<i>${escapeHtml(s.outlet.name)}</i>` });
  if (s.published) plain(longDate(s.published));
  if (s.url) plain(s.retrievedAt ? `${s.url} (accessed ${longDate(s.retrievedAt)})` : s.url);
  // Chicago puts the title's comma (or the final period) inside the quotation marks.
  const mark = /[?!]$/.test(title) ? '' : after.length ? ',' : '.';
  const author = authorLine(s.author, s.authorKind);
  const build = (key: 'text' | 'html', quoted: string): string => {
    const head = `${author ? `${key === 'html' ? escapeHtml(author) : author}, ` : ''}${quoted}`;
    if (!after.length) return head;
    const tail = after.map((x) => x[key]).join(', ');
    return `${head} ${tail}${/[.?!]$/.test(tail) ? '' : '.'}`;
  };
  return { text: build('text', `“${title}${mark}”`), html: build('html', `“${escapeHtml(title)}${mark}”`) };
}
