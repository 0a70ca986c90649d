import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { snapToWords } from '@common/text/snap-words';
import { rangeToOffsets, type OffsetMap } from '../reader/offset-map';
import { useAnnotate, type PendingRange } from './annotate-store';

/** The browser's selection inside the reader as a canonical range widened to whole words. */
export function readSelection(editor: Editor, map: OffsetMap, text: string): PendingRange | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  const dom = editor.view.dom;
  if (!dom.contains(r.startContainer) || !dom.contains(r.endContainer)) return null;
  let from: number;
  let to: number;
  try {
    from = editor.view.posAtDOM(r.startContainer, r.startOffset);
    to = editor.view.posAtDOM(r.endContainer, r.endOffset);
  } catch {
    // A photo credit sits outside the text and has no position.
    return null;
  }
  const o = rangeToOffsets(map, Math.min(from, to), Math.max(from, to));
  const snapped = snapToWords(text, o.start, o.end);
  if (!snapped) return null;
  const rect = r.getBoundingClientRect();
  return { ...snapped, x: rect.left + rect.width / 2, top: rect.top, bottom: rect.bottom };
}

/**
 * Watches mouse and keyboard selections in the reader and keeps the store's pending range in
 * step; a click without a drag selects the annotation under it instead.
 */
export function useTextSelection(editor: Editor, map: OffsetMap, text: string, wrap: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const { setPending, select } = useAnnotate.getState();
    // The selection is final only after the browser has handled the event.
    const update = (): void => void setTimeout(() => setPending(readSelection(editor, map, text)), 0);
    // The bubble sits inside the same element; only events on the text itself count.
    const inText = (e: Event): boolean => e.target instanceof Node && editor.view.dom.contains(e.target);
    const onDown = (e: MouseEvent): void => {
      if (e.button === 0 && inText(e)) setPending(null);
    };
    const onUp = (e: MouseEvent): void => {
      if (!inText(e)) return;
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) return update();
      const hit = e.target instanceof Element ? e.target.closest('[data-annotation-uid]') : null;
      select(hit?.getAttribute('data-annotation-uid') ?? null);
    };
    const onKeyUp = (e: KeyboardEvent): void => {
      if (e.shiftKey && inText(e)) update();
    };
    el.addEventListener('mousedown', onDown);
    el.addEventListener('mouseup', onUp);
    el.addEventListener('keyup', onKeyUp);
    return () => {
      el.removeEventListener('mousedown', onDown);
      el.removeEventListener('mouseup', onUp);
      el.removeEventListener('keyup', onKeyUp);
      setPending(null);
    };
  }, [editor, map, text, wrap]);
}
