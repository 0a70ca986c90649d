import type { Part } from './extract-text';
import { isShort, joinWrapped, OPENS_SENTENCE, SENTENCE_END } from './line-joins';

// Scraped article text (and Markdown) into blocks. Scrapes repeat the title after the lead
// photo, put photo captions and credits on lines of their own ("Turkic states" / "Photo: X"),
// mark headings only by being short lines, and end with a "Related news" trailer that repeats
// the lead truncated with "...". None of that is the article, so none of it becomes body text.

type Unit =
  | { type: 'line' | 'para'; text: string }
  | { type: 'bullet'; text: string }
  | { type: 'photo'; text: string; credit: string }
  | { type: 'md-heading'; text: string; level: number };

const PHOTO = /^(?:photos?|image|picture|foto|fotoğraf|фото)(?: ?credits?)?\s*[:：]\s*(\S.{0,119})$/iu;
const BULLET = /^(?:[-*•–—]|\d{1,3}[.)])\s+(.*)$/u;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/u;
/** The line that starts a scraped page's trailer of links to other articles. */
export const TRAILER =
  /^(?:related(?: news| articles| stories| posts)?|read (?:also|more)|see also|more (?:news|on this topic)|ilgili haberler|oxşar xəbərlər|читайте также|также читайте|по теме)\s*:?$/iu;
const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

/** Markdown inline markup that is not text: links keep their words, emphasis loses its marks. */
const stripInline = (s: string): string =>
  s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)(.+?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');


/**
 * The width a chunk's lines were hard-wrapped at, or undefined when each line is a paragraph
 * of its own (scraped copies): wrapped lines all end near one width and are short.
 */
function wrapWidth(lines: string[]): number | undefined {
  if (lines.length < 3) return undefined;
  const max = Math.max(...lines.map((l) => l.length));
  if (max > 140) return undefined;
  const body = lines.slice(0, -1);
  const full = body.filter((l) => l.length >= max * 0.75).length;
  return full >= body.length * 0.7 ? max : undefined;
}

/**
 * Where a paragraph ends inside a chunk without blank lines. Hard-wrapped text ends one on a
 * short line that closes a sentence; scraped text (one paragraph per line) on every line,
 * unless the line stops mid-sentence and the next goes on in lower case.
 */
function endsParagraph(prev: string, line: string, wrap: number | undefined): boolean {
  if (wrap === undefined) return SENTENCE_END.test(prev) || !/^\p{Ll}/u.test(line);
  if (isShort(line) && OPENS_SENTENCE.test(line) && SENTENCE_END.test(prev)) return true;
  return SENTENCE_END.test(prev) && OPENS_SENTENCE.test(line) && prev.length < wrap * 0.75;
}

function unitsOf(body: string, markdown: boolean): Unit[] {
  const units: Unit[] = [];
  for (const chunk of body.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    // Markdown joins the lines of a paragraph (CommonMark); plain text is reconstructed.
    const wrap = markdown ? undefined : wrapWidth(lines);
    let para: string[] = [];
    const flush = (): void => {
      if (para.length) units.push({ type: para.length === 1 ? 'line' : 'para', text: para.join(' ') });
      para = [];
    };
    for (const line of lines) {
      const clean = markdown ? stripInline(line) : line;
      const heading = markdown ? MD_HEADING.exec(line) : null;
      const bullet = BULLET.exec(clean);
      const photo = PHOTO.exec(clean);
      if (heading || bullet || photo) flush();
      if (heading) units.push({ type: 'md-heading', text: stripInline(heading[2]!), level: heading[1]!.length });
      else if (photo) units.push({ type: 'photo', text: clean, credit: photo[1]!.trim() });
      else if (bullet) units.push({ type: 'bullet', text: bullet[1]! });
      else if (para.length === 0 || markdown) para.push(clean);
      else {
        const prev = para[para.length - 1]!;
        // A title-like line closes the paragraph before it and stands alone (a heading or caption).
        const standalone = isShort(prev) && para.length === 1 && OPENS_SENTENCE.test(prev) && OPENS_SENTENCE.test(clean);
        if (standalone || endsParagraph(prev, clean, wrap)) {
          flush();
          para.push(clean);
        } else para[para.length - 1] = joinWrapped(prev, clean);
      }
    }
    flush();
  }
  return units;
}

/** Finds the title (a known one, the first Markdown heading, or the first short line). */
function titleOf(units: Unit[], known: string | undefined, markdown: boolean): string | undefined {
  if (known) return known;
  const first = units[0];
  if (!first) return undefined;
  if (markdown) return first.type === 'md-heading' && first.level === 1 ? first.text : undefined;
  return first.type === 'line' && first.text.length <= 300 && !/[.!?]$/.test(first.text) ? first.text : undefined;
}

/** Structures body text into blocks; `title` is the header's title when the file had one. */
export function structureText(body: string, opts: { markdown: boolean; title?: string }): { title?: string; parts: Part[] } {
  const units = unitsOf(body, opts.markdown);
  const cut = units.findIndex((u, i) => i >= units.length / 2 && u.type === 'line' && TRAILER.test(u.text));
  if (cut >= 0) units.length = cut;
  const title = titleOf(units, opts.title, opts.markdown);
  const parts: Part[] = [];
  // A caption text is a short line right before its "Photo:" line; held until we know.
  let captionCandidate = false;
  let titleSeen = false;
  units.forEach((u, i) => {
    if (title && i < 8 && u.type !== 'photo' && u.type !== 'bullet' && same(u.text, title)) {
      if (!titleSeen) parts.push({ kind: 'heading', level: 1, text: u.text });
      titleSeen = true;
      captionCandidate = false;
      return;
    }
    const next = units[i + 1];
    const wasCandidate = captionCandidate;
    captionCandidate = false;
    switch (u.type) {
      case 'photo': {
        const caption = wasCandidate ? `${parts.pop()!.text}\n${u.text}` : u.text;
        parts.push({ kind: 'caption', text: caption, credit: u.credit });
        return;
      }
      case 'md-heading':
        parts.push({ kind: 'heading', level: u.level, text: u.text });
        return;
      case 'bullet':
        parts.push({ kind: 'list_item', text: u.text });
        return;
      case 'line':
        if (isShort(u.text) && next?.type === 'photo') {
          captionCandidate = true;
          parts.push({ kind: 'paragraph', text: u.text });
          return;
        }
        if (!opts.markdown && isShort(u.text) && next && next.type !== 'md-heading') {
          parts.push({ kind: 'heading', level: 2, text: u.text });
          return;
        }
        parts.push({ kind: 'paragraph', text: u.text });
        return;
      case 'para':
        parts.push({ kind: 'paragraph', text: u.text });
    }
  });
  return { title, parts };
}
