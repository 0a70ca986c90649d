import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AnnotationCreate } from '@common/api/schemas/annotations';
import { createAnnotation } from '../../../../src-main/core/annotate/annotations';
import { collect } from '../../../../src-main/core/export/collect';
import { toDocx } from '../../../../src-main/core/export/docx';
import { tempSession } from '../../../helpers/temp-project';
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

  it('writes the argument with a footnote per cited claim, listing its sources', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const files = unzipSync(await toDocx(collect(p, { kind: 'argument', uid: ids.argument })));
    const document = strFromU8(files['word/document.xml']!);
    const refs = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    // Two claims, the first cited twice: the same footnote twice; the evidence lines cite two sources.
    expect(new Set(refs).size).toBe(4);
    const footnotes = strFromU8(files['word/footnotes.xml']!);
    expect(footnotes).toContain('The Zangezur corridor shortens the Azerbaijan–Nakhchivan rail link by 340 km — Leyla Məmmədova, “Zangezur corridor 🚆 talks resume,” Trend');
    expect(document).toContain('Connectivity as security');
    expect(document).toContain('Why corridors matter');
  });
});
