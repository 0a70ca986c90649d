import { notifications } from '@mantine/notifications';
import { EditorContent } from '@tiptap/react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Annotation } from '@common/api/schemas/annotations';
import type { DocumentDetail } from '@common/api/schemas/documents';
import type { Theme } from '@common/api/schemas/themes';
import { claimKeys } from '../../commands/registry';
import { useAliases } from '../aliases/alias-store';
import { offsetToPos } from '../reader/offset-map';
import '../reader/reader.css';
import { useReaderEditor } from '../reader/use-reader-editor';
import { quickThemes } from '../themes/theme-search';
import './annotate.css';
import { claimPending, useAnnotate } from './annotate-store';
import { annotationKey, annotationPlugin, setMarks, setPending } from './annotation-decorations';
import { marksFor } from './annotation-marks';
import { addTheme, createAnnotation, themeFields, toggleTheme } from './annotation-ops';
import { MakeClaimFromSelectionModal } from '../claims/MakeClaimModal';
import { SelectionBubble } from './SelectionBubble';
import type { ThemeChoice } from './ThemePicker';
import { domSelection, useTextSelection } from './use-text-selection';

interface Props {
  doc: DocumentDetail;
  /** The annotations to draw (already filtered), placed in this version. */
  visible: readonly Annotation[];
  all: readonly Annotation[];
  themes: readonly Theme[];
}

/** A Turkish or Azerbaijani suffix after an apostrophe: Azerbaycan'ın, İstanbul'da. */
const APOSTROPHE_SUFFIX = /['’]\p{L}+$/u;

/** A selection this short may be a name to add to an alias group; it is offered without its suffix. */
const nameIn = (text: string): string | null => {
  const t = text.trim().replace(APOSTROPHE_SUFFIX, '');
  return t && t.length <= 80 && t.split(/\s+/).length <= 6 ? t : null;
};

const quickIndex = (e: KeyboardEvent): number => {
  const m = /^Digit([1-9])$/.exec(e.code);
  return m && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey ? Number(m[1]) - 1 : -1;
};

/** The reader's text with annotations drawn over it, the tagging bubble and the tagging keys. */
export function AnnotatedText({ doc, visible, all, themes }: Props) {
  const { editor, map } = useReaderEditor(doc);
  const wrap = useRef<HTMLDivElement>(null);
  const selected = useAnnotate((s) => s.selectedUid);
  const pending = useAnnotate((s) => s.pending);
  const flash = useAnnotate((s) => s.flash);
  const flashed = useRef(0);

  useLayoutEffect(() => {
    editor.registerPlugin(annotationPlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(annotationKey);
    };
  }, [editor]);

  const marks = useMemo(() => marksFor(visible, map, selected), [visible, map, selected]);
  useLayoutEffect(() => editor.view.dispatch(setMarks(editor.state.tr, marks)), [editor, marks]);
  useLayoutEffect(() => {
    const range = pending && { from: offsetToPos(map, pending.start, 'after'), to: offsetToPos(map, pending.end, 'before') };
    const selection = domSelection(editor);
    const tr = selection && !selection.eq(editor.state.selection) ? editor.state.tr.setSelection(selection) : editor.state.tr;
    editor.view.dispatch(setPending(tr, range));
  }, [editor, map, pending]);

  useTextSelection(editor, map, doc.text, wrap);

  useEffect(() => {
    if (!flash || flash.n === flashed.current) return;
    const els = [...editor.view.dom.querySelectorAll<HTMLElement>(`[data-annotation-uid="${CSS.escape(flash.uid)}"]`)];
    if (els.length === 0) return;
    flashed.current = flash.n;
    els[0]!.scrollIntoView({ block: 'center' });
    for (const el of els) {
      el.classList.remove('anno-flash');
      void el.offsetWidth; // restart the animation
      el.classList.add('anno-flash');
    }
  }, [editor, flash, marks]);

  /** Back to the text with the caret after `offset`, so the keyboard goes on from there. */
  const caretAfter = (offset: number): void => {
    editor.chain().setTextSelection(offsetToPos(map, offset, 'before')).focus(undefined, { scrollIntoView: false }).run();
  };

  const apply = async (choice: ThemeChoice): Promise<void> => {
    const { pending: range, selectedUid, select, setPending: clear } = useAnnotate.getState();
    try {
      if (range) {
        const a = await createAnnotation({ document: doc.uid, start: range.start, end: range.end, ...themeFields(choice) });
        clear(null);
        caretAfter(range.end);
        select(a.uid);
      } else {
        const a = all.find((x) => x.uid === selectedUid);
        if (a && 'uid' in choice) await toggleTheme(a, choice.uid);
        else if (a) await addTheme(a, choice);
      }
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not tagged', message: (e as Error).message });
    }
  };
  const applyRef = useRef(apply);
  const caretRef = useRef(caretAfter);
  useLayoutEffect(() => {
    applyRef.current = apply;
    caretRef.current = caretAfter;
  });

  const draft = useAnnotate((s) => s.claimDraft);
  useEffect(() => () => useAnnotate.getState().setClaimDraft(null), []);

  useEffect(() => {
    const active = (): boolean => Boolean(useAnnotate.getState().pending ?? useAnnotate.getState().selectedUid);
    const release = claimKeys((e) => quickIndex(e) >= 0 && active());
    const onKey = (e: KeyboardEvent): void => {
      // Escape closes the bubble and drops the selection, the caret staying at its end; pressed
      // again it has nothing to close. A dialog over the reader keeps its own Escape.
      const range = useAnnotate.getState().pending;
      const here = e.target === document.body || (e.target instanceof Node && wrap.current?.contains(e.target));
      if (e.key === 'Escape' && range && here) {
        e.preventDefault();
        useAnnotate.getState().setPending(null);
        caretRef.current(range.end);
        return;
      }
      const i = quickIndex(e);
      const theme = i >= 0 && active() ? quickThemes(themes)[i] : undefined;
      if (!theme) return;
      e.preventDefault();
      void applyRef.current({ uid: theme.uid });
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      release();
      window.removeEventListener('keydown', onKey, true);
    };
  }, [themes]);

  return (
    <div ref={wrap}>
      <EditorContent editor={editor} />
      {pending && !draft && (
        <SelectionBubble
          pending={pending}
          themes={themes}
          name={nameIn(doc.text.slice(pending.start, pending.end))}
          onPick={(c) => void apply(c)}
          onMakeClaim={claimPending}
          onAlsoSearchAs={(name) => {
            useAnnotate.getState().setPending(null);
            useAliases.getState().askAlsoSearchAs(name);
          }}
          onClose={() => {
            useAnnotate.getState().setPending(null);
            caretAfter(pending.end);
          }}
        />
      )}
      {draft && (
        <MakeClaimFromSelectionModal
          selection={{ document: doc.uid, ...draft, exact: doc.text.slice(draft.start, draft.end) }}
          themes={themes}
          onClose={() => {
            useAnnotate.getState().setClaimDraft(null);
            caretAfter(draft.end);
          }}
        />
      )}
    </div>
  );
}
