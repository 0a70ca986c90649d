// Reads footnotes back out of a Word file (document.xml + footnotes.xml) or a LibreOffice ODT
// (content.xml), each with the text that precedes it in its paragraph, and checks that every
// footnote cites the source of the quotation it follows (an "Ibid." the source of the note
// before it).

export interface CitedNote {
  /** The paragraph's text before the footnote mark. */
  before: string;
  /** The footnote's own text. */
  note: string;
}

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, e: string, n?: string) => (n ? String.fromCodePoint(Number(n)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!));

/** Footnotes of a .docx, in reading order, each with the text before its reference mark. */
export function docxNotes(documentXml: string, footnotesXml: string): CitedNote[] {
  const texts = new Map<string, string>();
  for (const m of footnotesXml.matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    texts.set(m[1]!, [...m[2]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('').trim());
  }
  const out: CitedNote[] = [];
  let paragraph = '';
  for (const m of documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:footnoteReference w:id="(\d+)"\/>|<\/w:p>/g)) {
    if (m[1] !== undefined) paragraph += decode(m[1]);
    else if (m[2] !== undefined) out.push({ before: paragraph, note: texts.get(m[2]) ?? '' });
    else paragraph = '';
  }
  return out;
}

/** Footnotes of an ODT's content.xml (LibreOffice's own reading of a converted file). */
export function odtNotes(contentXml: string): CitedNote[] {
  const out: CitedNote[] = [];
  for (const p of contentXml.matchAll(/<text:(p|h)\b[^>]*>([\s\S]*?)<\/text:\1>(?![^<]*<\/text:note-body>)/g)) {
    let before = '';
    let rest = p[2]!;
    for (;;) {
      const at = rest.search(/<text:note\b[^>]*text:note-class="footnote"/);
      if (at < 0) break;
      before += rest.slice(0, at).replace(/<[^>]+>/g, '');
      const end = rest.indexOf('</text:note>', at);
      const body = /<text:note-body>([\s\S]*)<\/text:note-body>/.exec(rest.slice(at, end))?.[1] ?? '';
      out.push({ before: decode(before), note: decode(body.replace(/<[^>]+>/g, '')).trim() });
      rest = rest.slice(end + '</text:note>'.length);
    }
  }
  return out;
}

export interface Source {
  title: string;
  outlet: string | null;
  /** The passages quoted from it. */
  quotes: string[];
}

/**
 * Problems with the notes, empty when each cites the source whose passage it follows: its full
 * citation carries the title, a short form the outlet and the title's first words, "Ibid."
 * repeats the note just before.
 */
export function citationProblems(notes: CitedNote[], sources: Source[]): string[] {
  const problems: string[] = [];
  let previous: Source | undefined;
  notes.forEach((n, i) => {
    const quoted = [...n.before.matchAll(/“([^”]*)”/g)].at(-1)?.[1];
    const source = sources.find((s) => s.quotes.some((q) => q.replace(/\s+/g, ' ') === quoted));
    if (!source) {
      problems.push(`note ${i + 1} follows no known quotation: …${n.before.slice(-60)}`);
      return;
    }
    const short = source.title.split(/\s+/).slice(0, 4).join(' ').replace(/[.,;:]+$/, '');
    const cites = n.note === 'Ibid.' ? previous === source : n.note.includes(source.title) || (n.note.includes(short) && (!source.outlet || n.note.includes(source.outlet)));
    if (!cites) problems.push(`note ${i + 1} “${n.note}” does not cite “${source.title}”`);
    previous = source;
  });
  return problems;
}
