import { TextSelection } from '@tiptap/pm/state';
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
 * The browser's selection in the text as a ProseMirror selection, anchor and head kept. Sent
 * with each redraw of the highlights: ProseMirror puts its own selection back into the page
 * after a redraw, and it may not have read the newest one yet (a fast Shift+arrow).
 */
export function domSelection(editor: Editor): TextSelection | null {
  const sel = window.getSelection();
  const dom = editor.view.dom;
  if (!sel?.anchorNode || !sel.focusNode || !dom.contains(sel.anchorNode) || !dom.contains(sel.focusNode)) return null;
  try {
    const anchor = editor.view.posAtDOM(sel.anchorNode, sel.anchorOffset);
    const head = editor.view.posAtDOM(sel.focusNode, sel.focusOffset);
    return TextSelection.create(editor.state.doc, anchor, head);
  } catch {
    return null;
  }
}

const sameRange = (a: PendingRange | null, b: PendingRange | null): boolean => a?.start === b?.start && a?.end === b?.end;

/**
 * Watches mouse and keyboard selections in the reader and keeps the store's pending range in
 * step; a click without a drag selects the annotation under it instead. A drag counts when
 * the button is released; a keyboard selection (Shift+arrows, Ctrl+Shift+arrows, Shift+Home/End)
 * after each key, so what the bubble tags is what is shown.
 */
export function useTextSelection(editor: Editor, map: OffsetMap, text: string, wrap: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const { setPending, select } = useAnnotate.getState();
    // A key that leaves the selection where it was (Ctrl+1) changes nothing: only a new range counts.
    const read = (): void => {
      const next = readSelection(editor, map, text);
      if (!sameRange(next, useAnnotate.getState().pending)) setPending(next);
    };
    // The selection is final only after the browser has handled the event.
    const update = (): void => void setTimeout(read, 0);
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
    // A key that moves the caret or the selection in the text (Shift+arrows, Ctrl+Shift+arrows,
    // Shift+Home/End, Ctrl+A) has moved it by the next task. Only keys count, not selection
    // changes: a focus coming back from a dialog must not redraw or drop the pending range.
    const onKeyDown = (e: KeyboardEvent): void => {
      if (!inText(e)) return;
      setTimeout(() => {
        // A key that took the focus elsewhere (Alt+T into the picker) or opened the claim form
        // (Alt+M, whose dialog takes the focus a moment later) leaves the range as it is.
        if (editor.view.dom.contains(document.activeElement) && !useAnnotate.getState().claimDraft) read();
      }, 0);
    };
    el.addEventListener('mousedown', onDown);
    el.addEventListener('keydown', onKeyDown);
    el.addEventListener('mouseup', onUp);
    return () => {
      el.removeEventListener('mousedown', onDown);
      el.removeEventListener('keydown', onKeyDown);
      el.removeEventListener('mouseup', onUp);
      setPending(null);
    };
  }, [editor, map, text, wrap]);
}
