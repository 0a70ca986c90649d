import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import { ARGUMENT_STANCE, claimReferences, EVIDENCE_STANCE, evidenceByStance, MISSING_CLAIM, type ClaimReference } from './claim-references';
import type { ExportAnnotation, ExportArgument, ExportBundle, ExportClaim, ExportDocument, Progress } from './model';
import {
  citation,
  documentSections,
  exportTitle,
  Footnotes,
  independentOutlets,
  partOrder,
  type Part,
  STANCE_LABEL,
  STATUS_LABEL,
  shortCitation,
  themePaths,
} from './outline';
import { noteBlocks, richBlocks, type RichBlock, type Span } from './rich';
import { xmlSafe } from './xml-text';

// Word: each document's text with every annotation as a comment anchored on its passage
// (overlapping ranges are fine in Word), then claims and arguments with footnote citations:
// one footnote per reference, as Word and LibreOffice number them (a repeat reads "Ibid." or
// the source's short form), so every footnote number points at its own source.

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const heading = (level: number, text: string): Paragraph =>
  new Paragraph({ heading: HEADINGS[Math.min(5, Math.max(0, level - 1))], children: [new TextRun(xmlSafe(text))] });
const run = (text: string, opts: { bold?: boolean; italics?: boolean } = {}): TextRun => new TextRun({ text: xmlSafe(text), ...opts });

interface Line {
  start: number;
  end: number;
}

/** The text's non-empty lines as ranges: every passage boundary falls in or between them. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}

/** Where a passage starts and ends in line terms, or null when it covers no line text. */
function locate(lines: Line[], start: number, end: number): { sl: number; sp: number; el: number; ep: number } | null {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  const sl = lo;
  lo = -1;
  hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start < end) lo = mid;
    else hi = mid - 1;
  }
  const el = lo;
  if (sl >= lines.length || el < 0 || sl > el) return null;
  const sp = Math.max(start, lines[sl]!.start);
  const ep = Math.min(end, lines[el]!.end);
  return sl === el && sp >= ep ? null : { sl, sp, el, ep };
}

interface Mark {
  pos: number;
  end: boolean;
  id: number;
}

function textParagraphs(d: ExportDocument, anchored: { a: ExportAnnotation; id: number }[], unplaced: { a: ExportAnnotation; id: number }[]): Paragraph[] {
  const lines = linesOf(d.text);
  const marks = lines.map((): Mark[] => []);
  for (const x of anchored) {
    const at = locate(lines, x.a.start, x.a.end);
    if (!at) {
      unplaced.push(x);
      continue;
    }
    marks[at.sl]!.push({ pos: at.sp, end: false, id: x.id });
    marks[at.el]!.push({ pos: at.ep, end: true, id: x.id });
  }
  const headingAt = new Map(d.blocks.filter((b) => b.kind === 'heading').map((b) => [b.start, b.level ?? 2]));
  return lines.map((line, i) => {
    const children: ParagraphChild[] = [];
    let cursor = line.start;
    const sorted = marks[i]!.sort((x, y) => x.pos - y.pos || Number(y.end) - Number(x.end) || x.id - y.id);
    for (const m of sorted) {
      if (m.pos > cursor) children.push(run(d.text.slice(cursor, m.pos)));
      cursor = Math.max(cursor, m.pos);
      if (m.end) children.push(new CommentRangeEnd(m.id), new TextRun({ children: [new CommentReference(m.id)] }));
      else children.push(new CommentRangeStart(m.id));
    }
    if (line.end > cursor) children.push(run(d.text.slice(cursor, line.end)));
    const level = headingAt.get(line.start);
    return new Paragraph({ children, heading: level ? HEADINGS[Math.min(5, level + 1)] : undefined });
  });
}

type ClaimRef = (claimUid: string) => ParagraphChild[];

function spanRuns(spans: Span[], claimRef: ClaimRef): ParagraphChild[] {
  return spans.flatMap((s): ParagraphChild[] => {
    if (s.kind === 'break') return [new TextRun({ break: 1 })];
    if (s.kind === 'claim') return claimRef(s.claimUid);
    const r = new TextRun({ text: xmlSafe(s.text), bold: s.bold, italics: s.italic, strike: s.strike, font: s.code ? 'Courier New' : undefined, style: s.href ? 'Hyperlink' : undefined });
    return [s.href ? new ExternalHyperlink({ link: s.href, children: [r] }) : r];
  });
}

function richParagraphs(blocks: RichBlock[], claimRef: ClaimRef, indent = 0): Paragraph[] {
  return blocks.flatMap((b): Paragraph[] => {
    const ind = indent ? { left: indent } : undefined;
    switch (b.kind) {
      case 'paragraph':
        return [new Paragraph({ children: spanRuns(b.spans, claimRef), indent: ind })];
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[Math.min(5, b.level + 2)], children: spanRuns(b.spans, claimRef) })];
      case 'quote':
        return richParagraphs(b.blocks, claimRef, indent + 567);
      case 'code':
        return b.text.split('\n').map((l) => new Paragraph({ children: [new TextRun({ text: xmlSafe(l), font: 'Courier New' })], indent: ind }));
      case 'list':
        return b.items.flatMap((item, i) => {
          const [first, ...rest] = item;
          const lead = first && (first.kind === 'paragraph' || first.kind === 'heading') ? spanRuns(first.spans, claimRef) : null;
          const marker = new Paragraph({
            children: [run(b.ordered ? `${i + 1}. ` : '• '), ...(lead ?? [])],
            indent: { left: indent + 360, hanging: 360 },
          });
          return [marker, ...richParagraphs(lead ? rest : item, claimRef, indent + 360)];
        });
      case 'rule':
        return [new Paragraph({ children: [run('———')] })];
    }
  });
}

function commentOf(a: ExportAnnotation, id: number, paths: Map<string, string[]>): ICommentOptions {
  const noRefs: ClaimRef = () => [];
  const children = richParagraphs(noteBlocks(a.note, a.noteText), noRefs);
  const themes = a.themeUids.map((t) => (paths.get(t) ?? []).join(' › ')).filter(Boolean);
  if (themes.length) children.push(new Paragraph({ children: [run('Themes: ', { bold: true }), run(themes.join(', '))] }));
  if (a.anchorStatus === 'orphaned') children.push(new Paragraph({ children: [run('Passage no longer found in the current text.', { italics: true })] }));
  if (!children.length) children.push(new Paragraph({ children: [run('(no note)', { italics: true })] }));
  const date = new Date(a.createdAt);
  return { id, author: 'Dossier', initials: 'D', date: Number.isNaN(date.getTime()) ? undefined : date, children };
}

/** The export as a .docx file's bytes. */
export async function toDocx(b: ExportBundle, progress?: Progress): Promise<Uint8Array> {
  const paths = themePaths(b.themes);
  const docs = new Map(b.documents.map((d) => [d.uid, d]));
  const claims = new Map(b.claims.map((c) => [c.uid, c]));
  const notes = new Footnotes('each');
  const sourceRef: SourceRef = (uid) => {
    const d = docs.get(uid);
    return d ? [new FootnoteReferenceRun(notes.cite(`doc:${uid}`, () => citation(d), () => shortCitation(d)))] : [];
  };
  const comments: ICommentOptions[] = [];
  const body: Paragraph[] = [heading(1, exportTitle(b)), new Paragraph({ children: [run(`Exported ${b.exportedAt.slice(0, 10)}`, { italics: true })] })];
  const sections = documentSections(b);
  const parts: Record<Part, () => Paragraph[]> = {
    documents: () =>
      sections.flatMap(({ document: d, annotations }, i) => {
        const out = [heading(1, d.title)];
        const meta = [d.outlet, d.author, d.published, d.url].filter(Boolean).join(' · ');
        if (meta) out.push(new Paragraph({ children: [run(meta, { italics: true })] }));
        const anchored: { a: ExportAnnotation; id: number }[] = [];
        const unplaced: { a: ExportAnnotation; id: number }[] = [];
        for (const a of annotations) {
          const id = comments.length;
          comments.push(commentOf(a, id, paths));
          (a.positioned ? anchored : unplaced).push({ a, id });
        }
        out.push(...textParagraphs(d, anchored, unplaced));
        if (unplaced.length) {
          out.push(heading(2, 'Passages no longer found in the current text'));
          for (const { a, id } of unplaced) {
            out.push(new Paragraph({ children: [new CommentRangeStart(id), run(a.exact, { italics: true }), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })] }));
          }
        }
        progress?.(i + 1, sections.length);
        return out;
      }),
    claims: () => (b.claims.length ? [heading(1, 'Claims'), ...b.claims.flatMap((c) => claimParagraphs(c, docs, sourceRef))] : []),
    arguments: () => (b.arguments.length ? [heading(1, 'Arguments'), ...b.arguments.flatMap((a) => argumentParagraphs(a, claims, sourceRef))] : []),
  };
  for (const part of partOrder(b)) body.push(...parts[part]());
  const footnotes = Object.fromEntries(notes.notes.map((n) => [String(n.n), { children: [new Paragraph({ children: [run(n.text)] })] }]));
  const doc = new Document({
    title: xmlSafe(exportTitle(b)),
    creator: 'Dossier',
    comments: { children: comments },
    footnotes,
    sections: [{ children: body }],
  });
  return Packer.toBuffer(doc);
}

type SourceRef = (documentUid: string) => ParagraphChild[];

/** An argument: its prose with claim references as "[n]", then the claims it cites, once each. */
function argumentParagraphs(a: ExportArgument, claims: Map<string, ExportClaim>, sourceRef: SourceRef): Paragraph[] {
  const refs = claimReferences(a, claims);
  const number = new Map(refs.map((r) => [r.claimUid, r.n]));
  const out = [heading(2, a.title)];
  if (a.thesis.trim()) out.push(new Paragraph({ children: [run('Thesis: ', { bold: true }), run(a.thesis.trim())] }));
  out.push(...richParagraphs(richBlocks(a.body), (uid) => [run(`[${number.get(uid)}]`)]));
  if (refs.length) out.push(heading(3, 'Claims cited'), ...refs.map((r) => referenceParagraph(r, sourceRef)));
  return out;
}

function referenceParagraph(r: ClaimReference, sourceRef: SourceRef): Paragraph {
  const children: ParagraphChild[] = [run(`[${r.n}] `, { bold: true })];
  const indent = { left: 567, hanging: 567 };
  if (!r.claim) return new Paragraph({ children: [...children, run(MISSING_CLAIM, { italics: true })], indent });
  const c = r.claim;
  children.push(
    run(c.statement),
    run(` (${r.stances.map((s) => ARGUMENT_STANCE[s]).join('; ')})`, { italics: true }),
    run(` — ${STATUS_LABEL[c.status]}, credibility ${c.credibility}.`),
  );
  for (const g of evidenceByStance(c)) {
    children.push(run(` ${EVIDENCE_STANCE[g.stance]}: `, { italics: true }));
    g.evidence.forEach((e, i) => children.push(run(`${i ? '; ' : ''}“${e.exact.replace(/\s+/g, ' ')}”`), ...sourceRef(e.documentUid)));
    children.push(run('.'));
  }
  return new Paragraph({ children, indent });
}

function claimParagraphs(c: ExportClaim, docs: Map<string, ExportDocument>, sourceRef: SourceRef): Paragraph[] {
  const facts = [STATUS_LABEL[c.status], `credibility ${c.credibility}`, c.eventDate && `event date ${c.eventDate}`, `${independentOutlets(c, docs)} independent outlet(s)`];
  const out = [heading(2, c.statement), new Paragraph({ children: [run(facts.filter(Boolean).join(' · '), { italics: true })] })];
  if (c.notes.trim()) out.push(new Paragraph({ children: [run(c.notes.trim())] }));
  for (const e of c.evidence) {
    const d = docs.get(e.documentUid);
    const children: ParagraphChild[] = [run(`${STANCE_LABEL[e.stance]}: `, { bold: true }), run(`“${e.exact.replace(/\s+/g, ' ')}”`)];
    if (d) children.push(...sourceRef(d.uid));
    if (e.note.trim()) children.push(run(` — ${e.note.trim()}`));
    out.push(new Paragraph({ children, indent: { left: 360, hanging: 360 } }));
  }
  return out;
}
