import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

// Annotations drawn over the read-only text as inline decorations. The plugin keeps one
// DecorationSet and changes it by difference: only annotations whose look or place changed
// are removed and re-added, and the document itself is never rebuilt or serialised.

export interface AnnotationMark {
  uid: string;
  /** ProseMirror positions. */
  from: number;
  to: number;
  style: string;
  title: string;
  selected: boolean;
}

interface Meta {
  marks?: readonly AnnotationMark[];
  /** The snapped range a theme is about to be applied to; null clears it. */
  pending?: { from: number; to: number } | null;
}

interface PluginState {
  set: DecorationSet;
  /** Per uid, the signature of its current decoration, to tell what changed. */
  drawn: Map<string, string>;
}

export const annotationKey = new PluginKey<PluginState>('annotations');

const signature = (m: AnnotationMark): string => `${m.from}:${m.to}:${m.style}:${m.title}:${m.selected}`;

function decoration(m: AnnotationMark): Decoration {
  return Decoration.inline(
    m.from,
    m.to,
    {
      // An explicit nodeName gives each annotation its own nested element, so overlapping
      // annotations keep their own background, underline, title and uid.
      nodeName: 'span',
      class: m.selected ? 'anno anno-selected' : 'anno',
      style: m.style,
      title: m.title,
      'data-annotation-uid': m.uid,
    },
    { uid: m.uid },
  );
}

function applyMarks(state: PluginState, doc: EditorState['doc'], marks: readonly AnnotationMark[]): PluginState {
  const next = new Map(marks.map((m) => [m.uid, signature(m)]));
  const stale = new Set([...state.drawn].filter(([uid, sig]) => next.get(uid) !== sig).map(([uid]) => uid));
  const fresh = marks.filter((m) => state.drawn.get(m.uid) !== next.get(m.uid) && m.to > m.from);
  let set = state.set;
  if (stale.size) set = set.remove(set.find(undefined, undefined, (spec: { uid?: string }) => spec.uid !== undefined && stale.has(spec.uid)));
  if (fresh.length) set = set.add(doc, fresh.map(decoration));
  return { set, drawn: next };
}

function applyPending(set: DecorationSet, doc: EditorState['doc'], pending: Meta['pending']): DecorationSet {
  const old = set.find(undefined, undefined, (spec: { pending?: boolean }) => spec.pending === true);
  let out = old.length ? set.remove(old) : set;
  if (pending && pending.to > pending.from) {
    out = out.add(doc, [Decoration.inline(pending.from, pending.to, { nodeName: 'span', class: 'anno-pending' }, { pending: true })]);
  }
  return out;
}

export function annotationPlugin(): Plugin<PluginState> {
  return new Plugin<PluginState>({
    key: annotationKey,
    state: {
      init: () => ({ set: DecorationSet.empty, drawn: new Map() }),
      apply(tr: Transaction, value: PluginState): PluginState {
        let state = tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
        const meta = tr.getMeta(annotationKey) as Meta | undefined;
        if (meta?.marks) state = applyMarks(state, tr.doc, meta.marks);
        if (meta && 'pending' in meta) state = { ...state, set: applyPending(state.set, tr.doc, meta.pending) };
        return state;
      },
    },
    props: {
      decorations: (state) => annotationKey.getState(state)?.set,
    },
  });
}

export const setMarks = (tr: Transaction, marks: readonly AnnotationMark[]): Transaction => tr.setMeta(annotationKey, { marks } satisfies Meta);
export const setPending = (tr: Transaction, pending: Meta['pending']): Transaction => tr.setMeta(annotationKey, { pending } satisfies Meta);
