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

const sameRange = (a: PendingRange | null, b: PendingRange | null): boolean => a?.start === b?.start && a?.end === b?.end;

/**
 * Watches mouse and keyboard selections in the reader and keeps the store's pending range in
 * step; a click without a drag selects the annotation under it instead. A drag counts when
 * the button is released; a keyboard selection (Shift+arrows, Ctrl+Shift+arrows, Shift+Home/End)
 * as it changes, so what the bubble tags is what is shown.
 */
export function useTextSelection(editor: Editor, map: OffsetMap, text: string, wrap: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const { setPending, select } = useAnnotate.getState();
    let dragging = false;
    // Redrawing the highlight restores the selection and fires selectionchange again: only a new range counts.
    const read = (): void => {
      const next = readSelection(editor, map, text);
      if (!sameRange(next, useAnnotate.getState().pending)) setPending(next);
    };
    // The selection is final only after the browser has handled the event.
    const update = (): void => void setTimeout(read, 0);
    // The bubble sits inside the same element; only events on the text itself count.
    const inText = (e: Event): boolean => e.target instanceof Node && editor.view.dom.contains(e.target);
    const onDown = (e: MouseEvent): void => {
      if (e.button !== 0 || !inText(e)) return;
      dragging = true;
      setPending(null);
    };
    const onUp = (e: MouseEvent): void => {
      dragging = false;
      if (!inText(e)) return;
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed) return update();
      const hit = e.target instanceof Element ? e.target.closest('[data-annotation-uid]') : null;
      select(hit?.getAttribute('data-annotation-uid') ?? null);
    };
    const onSelectionChange = (): void => {
      const sel = window.getSelection();
      // Only the keyboard in the text moves it: a focus moving into a field (the bubble's
      // picker, a dialog) leaves the pending range alone, and the selection left behind too.
      const typing = editor.view.dom.contains(document.activeElement);
      if (dragging || !typing || !sel?.focusNode || !editor.view.dom.contains(sel.focusNode)) return;
      update();
    };
    el.addEventListener('mousedown', onDown);
    window.addEventListener('mouseup', onUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      el.removeEventListener('mousedown', onDown);
      window.removeEventListener('mouseup', onUp);
      document.removeEventListener('selectionchange', onSelectionChange);
      setPending(null);
    };
  }, [editor, map, text, wrap]);
}
