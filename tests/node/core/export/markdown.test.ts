import { describe, expect, it } from 'vitest';
import { collect } from '../../../../src-main/core/export/collect';
import { mdEscape, toMarkdown } from '../../../../src-main/core/export/markdown';
import { tagOf, tagSegment } from '../../../../src-main/core/export/outline';
import { tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';

describe('Markdown annotated notes', () => {
  it('has YAML front matter, nested #tags, block quotes with notes, claims and footnoted arguments', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const md = toMarkdown(collect(p, { kind: 'project' }));
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1];
    expect(front).toBeDefined();
    expect(front).toContain('title: "test — notes"');
    expect(front).toContain('  - "security/uavs"');
    expect(front).toContain('  - "türkiye-azərbaycan-corridors"');
    // Quotes as block quotes, the note right under, then the tags.
    expect(md).toContain('> defense-industrial footprint\n\nKey figure: **42 percent** of the border, per *Azernews*');
    expect(md).toContain('#security/defence-industry');
    expect(md).toContain('#security #türkiye-azərbaycan-corridors');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> & more');
    // Claims list their evidence with a footnote to the source.
    expect(md).toMatch(/### The Zangezur corridor shortens .*\n\n\*\*Status:\*\* Corroborated · \*\*Credibility:\*\* 2 · \*\*Event date:\*\* 2025-10/);
    expect(md).toMatch(/- \*Supports:\* “The Zangezur corridor would shorten the rail link”\[\^\d+\] — Trend report/);
    // The argument body: heading, emphasis hugging its text, list, claim references as numbers.
    const args = md.slice(md.indexOf('## Arguments'));
    expect(args).toContain('##### Why corridors matter');
    expect(args).toContain('First, \\[1\\]*. Second,* \\[2\\].');
    expect(args).toContain('- **rail**\n- roads');
    expect(args).toContain('Again: \\[1\\]');
    // Each claim once, in the argument's list, with how the argument cites it and its evidence by stance.
    expect(args).toMatch(/- \*\*\\\[1\\\]\*\* The Zangezur corridor shortens the Azerbaijan–Nakhchivan rail link by 340 km \(supports the argument; against the argument\) — Corroborated, credibility 2\. \*Supported by:\* “The Zangezur corridor would shorten the rail link”\[\^(\d+)\]\. \*Context:\* “Organization of Turkic States \(OTS\)”\[\^\d+\]\./);
    const n = /would shorten the rail link”\[\^(\d+)\]/.exec(args)![1];
    const footnote = new RegExp(`^\\[\\^${n}\\]: Leyla Məmmədova, “Zangezur corridor 🚆 talks resume,” Trend, 7 October 2025, <https://en\\.trend\\.az/[^>]+>`, 'm');
    expect(md).toMatch(footnote);
    // Every footnote reference has its definition.
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defs = new Set([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]));
    expect([...refs].sort()).toEqual([...defs].sort());
    expect(ids.annotations).toHaveLength(6);
  });

  it('puts the document itself in the front matter for a document scope', async () => {
    const p = tempSession().project;
    const ids = await buildSampleNotes(p);
    const md = toMarkdown(collect(p, { kind: 'document', uid: ids.docs.emoji }));
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)![1]!;
    expect(front).toContain('title: "Zangezur corridor 🚆 talks resume"');
    expect(front).toContain('outlet: "Trend"');
    expect(front).toContain('url: "https://en.trend.az/azerbaijan/politics/zangezur_corridor?id=1&x=2"');
    expect(front).toContain('published: "2025-10-07"');
    expect(md).toContain('# Zangezur corridor 🚆 talks resume');
    expect(md).not.toContain('> defense-industrial footprint');
    expect(md).not.toContain('## Security, Corridors');
  });

  it('escapes what Markdown or Obsidian would read as markup', () => {
    expect(mdEscape('#tag *b* _i_ [l](x) <b> $5 ==hi== `c` a|b ~s~')).toBe(
      '\\#tag \\*b\\* \\_i\\_ \\[l\\](x) \\<b\\> \\$5 =\\=hi=\\= \\`c\\` a\\|b \\~s\\~',
    );
    expect(mdEscape('- not a list\n1. not numbered\n+ no')).toBe('\\- not a list\n1\\. not numbered\n\\+ no');
  });

  it('makes Obsidian tags that keep non-ASCII letters and nest by theme path', () => {
    expect(tagOf(['Security', 'UAVs'])).toBe('security/uavs');
    expect(tagSegment('Türkiye–Azərbaycan corridors')).toBe('türkiye-azərbaycan-corridors');
    expect(tagSegment('İğdır & Qars')).toBe('iğdır-qars');
    expect(tagSegment('Қазақстан')).toBe('қазақстан');
    expect(tagSegment('2025')).toBe('_2025');
    expect(tagSegment('!!!')).toBe('untitled');
  });
});
