import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AnnotationCreate } from '@common/api/schemas/annotations';
import { createAnnotation } from '../../../../src-main/core/annotate/annotations';
import { collect } from '../../../../src-main/core/export/collect';
import { toDocx } from '../../../../src-main/core/export/docx';
import type { ExportBundle } from '../../../../src-main/core/export/model';
import { citationProblems, docxNotes, type Source } from '../../../helpers/footnotes';
import { tempSession } from '../../../helpers/temp-project';
import { buildRepeatedSources } from './repeated-sources';
import { buildSampleNotes } from './sample-notes';

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** The text each comment is anchored on, read from document.xml in document order. */
function anchoredText(xml: string): Map<string, string> {
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  for (const m of xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)) {
    if (m[1] !== undefined) open.set(m[1], '');
    else if (m[2] !== undefined) {
      done.set(m[2], open.get(m[2]) ?? '');
      open.delete(m[2]);
    } else {
      const piece = m[3] !== undefined ? decode(m[3]) : '\n';
      for (const [id, t] of open) open.set(id, t + piece);
    }
  }
  return done;
}

describe('DOCX export', () => {
  it('unzips to well-formed XML parts with one Word comment per annotation, anchored on its passage', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    // Overlapping another passage, and one running over two paragraphs.
    createAnnotation(p, AnnotationCreate.parse({ document: ids.docs.emoji, quote: 'rail link between Azerbaijan', noteText: 'overlap' }));
    createAnnotation(p, AnnotationCreate.parse({ document: ids.docs.emoji, quote: 'by 340 km.\n\n=SUM(A1:A2)', noteText: 'two paragraphs' }));
    const bundle = collect(p, { kind: 'project' });
    const files = unzipSync(await toDocx(bundle));
    const xmlParts = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n));
    expect(xmlParts).toEqual(expect.arrayContaining(['word/document.xml', 'word/comments.xml', 'word/footnotes.xml', '[Content_Types].xml']));
    for (const name of xmlParts) expect([name, XMLValidator.validate(strFromU8(files[name]!))]).toEqual([name, true]);

    const comments = strFromU8(files['word/comments.xml']!);
    const commentIds = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(commentIds).toHaveLength(bundle.annotations.length);
    expect(new Set(commentIds).size).toBe(commentIds.length);
    expect(comments).toContain('Themes: ');
    expect(comments).toContain('Security › UAVs');
    expect(comments).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');

    const document = strFromU8(files['word/document.xml']!);
    const anchored = anchoredText(document);
    expect([...anchored.keys()].sort()).toEqual([...commentIds].sort());
    const squash = (t: string): string => t.replace(/\s+/g, ' ');
    const quotes = bundle.annotations.map((a) => squash(a.exact)).sort();
    expect([...anchored.values()].map(squash).sort()).toEqual(quotes);
    expect(quotes).toHaveLength(8);
    expect(document.match(/<w:commentReference w:id="\d+"\/>/g)).toHaveLength(commentIds.length);
  });

  it('gives every reference its own footnote, each citing its own source; repeats as Ibid. or a short form', async () => {
    const p = tempSession().project;
    await buildRepeatedSources(p);
    const bundle = collect(p, { kind: 'project' });
    const files = unzipSync(await toDocx(bundle));
    const document = strFromU8(files['word/document.xml']!);
    const footnotes = strFromU8(files['word/footnotes.xml']!);
    const refs = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    const defined = [...footnotes.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"/g)].map((m) => m[1]).filter((id) => Number(id) > 0);
    // One footnote per reference: as many footnotes as reference marks, none shared.
    expect(new Set(refs).size).toBe(refs.length);
    expect([...refs].sort()).toEqual([...defined].sort());
    const notes = docxNotes(document, footnotes);
    expect(notes.length).toBeGreaterThan(12);
    expect(citationProblems(notes, sourcesOf(bundle))).toEqual([]);
    // The AZERTAC piece is cited more than once: in full first, then Ibid. or its short form.
    const azertac = notes.filter((n) => n.note.includes('OTS Secretary General'));
    expect(azertac[0]!.note).toContain('“OTS Secretary General hails Gabala summit in Bakı,” AZERTAC, 7 October 2025');
    expect(notes.some((n) => n.note === 'Ibid.')).toBe(true);
    expect(notes.some((n) => n.note === 'AZERTAC, “OTS Secretary General hails.”')).toBe(true);
  });

  it('writes an argument’s claims once, as numbered references with their stance; the prose holds the numbers', async () => {
    const p = tempSession().project;
    const ids = await buildRepeatedSources(p);
    const files = unzipSync(await toDocx(collect(p, { kind: 'argument', uid: ids.repeated })));
    const document = strFromU8(files['word/document.xml']!);
    const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => (m[1] === undefined ? '\n' : decode(m[1]))).join('');
    expect(text).toContain('The summit produced a declaration [1] but border claims [2] remain doubtful.');
    expect(text).toContain('Compare @gabala and again [1]; write to desk@azernews.az.');
    // Each statement once in the whole document: in its reference.
    for (const s of ['The Gabala Declaration was adopted at the OTS summit', '42% of Uzbekistan’s border is under video surveillance']) {
      expect(text.split(s)).toHaveLength(2);
    }
    expect(text).toContain('[2] 42% of Uzbekistan’s border is under video surveillance (against the argument) — Open, credibility 3. Supported by: “Freight volumes on the Middle Corridor doubled”; “called the summit a milestone”. Contradicted by: “far less than official figures claim”. Context: “The Gabala Declaration was adopted”.');
    const notes = docxNotes(document, strFromU8(files['word/footnotes.xml']!));
    expect(citationProblems(notes, sourcesOf(collect(p, { kind: 'argument', uid: ids.repeated })))).toEqual([]);
    // The contradicting OSCE brief is cited after "Contradicted by", never among the supporting sources.
    const osce = notes.find((n) => n.note.includes('Border management in Central Asia'))!;
    expect(osce.before).toMatch(/Contradicted by: “far less than official figures claim”$/);
  });
});

/** Each document of a bundle with the passages quoted from it. */
function sourcesOf(b: ExportBundle): Source[] {
  return b.documents.map((d) => ({
    title: d.title,
    outlet: d.outlet,
    quotes: [...b.annotations.filter((a) => a.documentUid === d.uid).map((a) => a.exact), ...b.claims.flatMap((c) => c.evidence.filter((e) => e.documentUid === d.uid).map((e) => e.exact))],
  }));
}
