import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, quoteSelector, reanchor, type Anchor } from '../../../../src-main/core/annotate/anchoring';
import { snapToWords } from '@common/text/snap-words';

/** No lone surrogate: an emoji was not cut in half. */
const wellFormed = (s: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const TEXT =
  'Ankara has steadily built an ecosystem that links identity to institutions. ' +
  'Formats endure leadership transitions, bureaucratic reshuffles, and domestic political turbulence. ' +
  'Once these structures exist, they generate their own stakeholders. ' +
  'Its drone platforms, in particular, have become attractive due to their cost-effectiveness, proven performance, and integrated training packages. ' +
  'Cultural affinity can open doors; it rarely closes deals. ' +
  'Over time, cooperation becomes less dependent on political mood and more embedded in routine practice.';

function anchorOf(text: string, quote: string, from = 0): Anchor {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`test quote not in text: ${quote}`);
  return { start, end: start + quote.length, ...quoteSelector(text, start, start + quote.length) };
}

describe('quoteSelector', () => {
  it('takes the exact text and 32 characters of context on each side', () => {
    const a = anchorOf(TEXT, 'Once these structures exist');
    expect(a.exact).toBe('Once these structures exist');
    expect(a.prefix).toHaveLength(CONTEXT_CHARS);
    expect(a.prefix).toBe(TEXT.slice(a.start - 32, a.start));
    expect(a.suffix).toBe(TEXT.slice(a.end, a.end + 32));
  });

  it('has shorter context at the edges of the text', () => {
    const a = anchorOf(TEXT, 'Ankara has');
    expect(a.prefix).toBe('');
    const b = anchorOf(TEXT, 'routine practice.');
    expect(b.suffix).toBe('');
  });

  it('counts context in code points and never splits an emoji', () => {
    const text = `${'🙂'.repeat(40)}quote${'🛰️'.repeat(20)}`;
    const start = text.indexOf('quote');
    const s = quoteSelector(text, start, start + 5);
    expect([...s.prefix]).toHaveLength(32);
    expect(s.prefix).toBe('🙂'.repeat(32));
    expect(wellFormed(s.suffix)).toBe(true);
    expect([...s.suffix]).toHaveLength(32);
  });
});

describe('snapToWords', () => {
  const text = 'Türkiye’s drone platforms, in particular, have become attractive 🙂 today.';
  const span = (s: number, e: number) => {
    const r = snapToWords(text, s, e);
    return r && text.slice(r.start, r.end);
  };

  it('widens a selection that starts or ends inside a word', () => {
    const s = text.indexOf('rone');
    expect(span(s, s + 10)).toBe('drone platforms');
  });

  it('keeps an apostrophe inside a word with the word', () => {
    expect(span(2, 5)).toBe('Türkiye’s');
    expect(span(text.indexOf('’'), text.indexOf('’') + 1)).toBe('Türkiye’s');
  });

  it('trims white space and keeps punctuation that was selected', () => {
    const s = text.indexOf(' in particular,');
    expect(span(s, s + 16)).toBe('in particular,');
  });

  it('returns null for a selection of white space only', () => {
    const s = text.indexOf(' in');
    expect(snapToWords(text, s, s + 1)).toBeNull();
    expect(snapToWords(text, 3, 3)).toBeNull();
  });

  it('accepts a backwards selection and never cuts an emoji in half', () => {
    const e = text.indexOf('🙂');
    const r = snapToWords(text, e + 1, e - 3)!;
    expect(text.slice(r.start, r.end)).toBe('attractive 🙂');
    expect(wellFormed(text.slice(r.start, r.end))).toBe(true);
    expect(wellFormed(text.slice(r.start, r.end - 1))).toBe(false);
  });
});

describe('reanchor', () => {
  const moved = 'Formats endure leadership transitions, bureaucratic reshuffles, and domestic political turbulence.';
  const reworded = 'Its drone platforms, in particular, have become attractive due to their cost-effectiveness, proven performance, and integrated training packages.';
  const removed = 'Cultural affinity can open doors; it rarely closes deals.';

  it('keeps an unchanged anchor where it is', () => {
    const a = anchorOf(TEXT, moved);
    expect(reanchor(TEXT, a)).toEqual({ ...a, status: 'exact' });
  });

  it('follows a passage moved by a sentence inserted before it, as exact', () => {
    const a = anchorOf(TEXT, moved);
    const inserted = 'A new sentence now stands right here. ';
    const next = TEXT.replace(moved, inserted + moved);
    const r = reanchor(next, a);
    expect(r.status).toBe('exact');
    expect(r.exact).toBe(moved);
    expect(r.start).toBe(a.start + inserted.length);
    expect(next.slice(r.start, r.end)).toBe(moved);
    expect(r.prefix).toBe(next.slice(r.start - 32, r.start));
  });

  it('re-anchors a reworded passage fuzzily to the new words', () => {
    const a = anchorOf(TEXT, reworded);
    const rewritten = 'Its drone platforms in particular have grown attractive thanks to their cost-effectiveness, proven combat performance and integrated training packages.';
    const next = TEXT.replace(reworded, rewritten);
    const r = reanchor(next, a);
    expect(r.status).toBe('reanchored');
    expect(r.exact).toBe(rewritten);
    expect(next.slice(r.start, r.end)).toBe(rewritten);
  });

  it('re-anchors heavier rewordings in place to the whole new sentence, found between the old neighbours', () => {
    const rewordings: [string, string][] = [
      ['Cultural affinity can open doors; it rarely closes deals.', 'Cultural ties may open doors, but they seldom close deals.'],
      [moved, 'Such formats survive changes of leader, bureaucratic reshuffles and political turbulence at home.'],
      ['Once these structures exist, they generate their own stakeholders.', 'When such structures exist they create stakeholders of their own.'],
    ];
    for (const [before, after] of rewordings) {
      const a = anchorOf(TEXT, before);
      const next = TEXT.replace(before, after);
      expect(reanchor(next, a), before).toMatchObject({ status: 'reanchored', exact: after, start: next.indexOf(after) });
    }
  });

  it('counts a change of spacing only as exact', () => {
    const a = anchorOf(TEXT, 'Once these structures exist, they generate their own stakeholders.');
    const next = TEXT.replace('structures exist, they', 'structures exist,\n\nthey');
    const r = reanchor(next, a);
    expect(r).toMatchObject({ status: 'exact', exact: 'Once these structures exist,\n\nthey generate their own stakeholders.' });
  });

  it('orphans a removed passage and keeps its old offsets and quote', () => {
    const a = anchorOf(TEXT, removed);
    const next = TEXT.replace(`${removed} `, '');
    expect(reanchor(next, a)).toEqual({ ...a, status: 'orphaned' });
  });

  it('orphans a passage replaced by an unrelated sentence of the same length', () => {
    const a = anchorOf(TEXT, removed);
    const next = TEXT.replace(removed, 'Parliaments in the region ratified it in a week.');
    expect(reanchor(next, a).status).toBe('orphaned');
  });

  it('chooses among repeated quotes by context, then by nearness', () => {
    const text = 'In Baku the summit opened. Drones were shown. In Astana the summit opened. Drones were sold.';
    const a = anchorOf(text, 'the summit opened', text.indexOf('Astana'));
    const next = `Preface. ${text}`;
    const r = reanchor(next, a);
    expect(r).toMatchObject({ status: 'exact', start: next.indexOf('the summit opened', next.indexOf('Astana')) });

    // Identical context around every repeat: the one nearest the old place wins.
    const unit = 'The summit opened in a hall full of flags and cameras. ';
    const repeated = unit.repeat(5);
    const third = anchorOf(repeated, 'summit opened', unit.length * 2);
    const shifted = `Preface. ${repeated}`;
    expect(reanchor(shifted, third)).toMatchObject({ status: 'exact', start: third.start + 'Preface. '.length });
  });

  it('does not move a short quote to a place whose context does not confirm it', () => {
    const a = anchorOf(TEXT, 'rarely');
    const next = TEXT.replace(removed, 'Money rarely buys loyalty in the steppe.');
    expect(reanchor(next, a).status).toBe('orphaned');
  });

  it('re-attaches a long quote found word for word without its context, flagged for review', () => {
    const a = anchorOf(TEXT, moved);
    const next = `Intro paragraph that was not there.\n\n${moved}\n\nNothing else around it now.`;
    const r = reanchor(next, a);
    expect(r.status).toBe('reanchored');
    expect(r.exact).toBe(moved);
  });

  it('keeps exact quotes for overlapping annotations and after an emoji inserted before them', () => {
    const outer = anchorOf(TEXT, 'Once these structures exist, they generate their own stakeholders.');
    const inner = anchorOf(TEXT, 'structures exist, they generate');
    const next = TEXT.replace('Ankara', 'Ankara 🇹🇷🙂');
    for (const a of [outer, inner]) {
      const r = reanchor(next, a);
      expect(r.status).toBe('exact');
      expect(r.exact).toBe(a.exact);
      expect(r.start).toBe(a.start + '🇹🇷🙂 '.length);
      expect(next.slice(r.start, r.end)).toBe(a.exact);
    }
  });

  it('orphans an anchor with no quote', () => {
    expect(reanchor(TEXT, { start: 0, end: 1, exact: '', prefix: '', suffix: '' }).status).toBe('orphaned');
  });
});
