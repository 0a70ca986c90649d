import type { Editor } from '@tiptap/react';
import { useLayoutEffect } from 'react';
import { fold } from '@common/text/fold';
import { useUi, type TextFocus } from '../../../state/ui-store';
import { offsetToPos, posToOffset, type OffsetMap } from '../../reader/offset-map';
import { findMatches, MAX_MATCHES } from './find-matches';
import { useFind } from './find-store';
import { highlightKey, highlightPlugin, setFind, setFocus, type PmRange } from './highlight-plugin';
import './find.css';

/** A text range as positions when it lies inside one block (text between blocks has no position). */
function inBlock(map: OffsetMap, start: number, end: number): PmRange | null {
  const from = offsetToPos(map, start, 'after');
  const to = offsetToPos(map, end, 'before');
  return to - from === end - start && posToOffset(map, from) === start ? { from, to } : null;
}

/** The focus range, widened to whole blocks when asked: from the start of the first it touches to the end of the last. */
function widen(map: OffsetMap, f: TextFocus): { start: number; end: number } {
  if (!f.block) return f;
  const touched = map.segments.filter((s) => s.end > f.start && s.start < f.end);
  return touched.length ? { start: touched[0]!.start, end: touched[touched.length - 1]!.end } : f;
}

function focusRanges(map: OffsetMap, f: TextFocus): { range: PmRange; hits: PmRange[] } | null {
  const { start, end } = widen(map, f);
  const range = { from: offsetToPos(map, start, 'after'), to: offsetToPos(map, end, 'before') };
  if (range.to <= range.from) return null;
  const hits = (f.hits ?? []).map(([s, e]) => inBlock(map, s, e)).filter((r) => r !== null);
  return { range, hits };
}

/** Scrolls the first element of a decoration to the middle of the view; `flash` makes all of its elements flash once. */
function scrollTo(editor: Editor, selector: string, flash = false): void {
  // The decoration's element exists once the view has drawn the transaction.
  requestAnimationFrame(() => {
    if (editor.isDestroyed) return;
    const els = [...editor.view.dom.querySelectorAll(selector)];
    els[0]?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (flash) for (const el of els) el.classList.add('search-flash');
  });
}

/**
 * Search's part of a reader editor: the passage a search result points at (scrolled to and
 * flashed) and find in document (Ctrl+F; the bar is FindBar). It follows the stores by
 * subscription, so typing in the find bar never re-renders the reader: a keystroke costs one
 * indexOf scan over the text folded once per version and one decoration set, never a
 * serialisation of the document.
 */
export function useReaderSearch(editor: Editor, map: OffsetMap, text: string): void {
  useLayoutEffect(() => {
    editor.registerPlugin(highlightPlugin());
    const folded = fold(text);
    let matches: PmRange[] = [];
    // Where the reader is: the passage a search result opened, else the top.
    let here = 0;

    const showFocus = (focus: TextFocus | null): void => {
      const ranges = focus ? focusRanges(map, focus) : null;
      here = ranges?.range.from ?? 0;
      editor.view.dispatch(setFocus(editor.state.tr, ranges));
      if (ranges) scrollTo(editor, '.search-focus', true);
    };
    const draw = (current: number): void => {
      editor.view.dispatch(setFind(editor.state.tr, matches, Math.min(current, matches.length - 1)));
      if (matches.length) scrollTo(editor, '.find-current');
    };
    const find = (open: boolean, query: string): void => {
      const all = open ? findMatches(folded, query, MAX_MATCHES + 1) : [];
      matches = all
        .slice(0, MAX_MATCHES)
        .map(([s, e]) => inBlock(map, s, e))
        .filter((r) => r !== null);
      const first = Math.max(0, matches.findIndex((m) => m.from >= here));
      useFind.getState().setMatches(matches.length, all.length > MAX_MATCHES, first);
      draw(first);
    };

    showFocus(useUi.getState().focus);
    const f = useFind.getState();
    find(f.open, f.query);
    const offUi = useUi.subscribe((s, prev) => s.focus !== prev.focus && showFocus(s.focus));
    const offFind = useFind.subscribe((s, prev) => {
      if (s.open !== prev.open || s.query !== prev.query) find(s.open, s.query);
      else if (s.current !== prev.current) draw(s.current);
    });
    return () => {
      offUi();
      offFind();
      if (!editor.isDestroyed) editor.unregisterPlugin(highlightKey);
    };
  }, [editor, map, text]);
}
