import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

// Search highlights over the read-only reader: find-in-document matches (the current one
// stronger) and the passage a search result jumped to. They live in their own plugin so they
// never mix with annotation decorations; the document itself is never touched or serialised.

export interface PmRange {
  from: number;
  to: number;
}

interface Meta {
  find?: { ranges: readonly PmRange[]; current: number };
  focus?: { range: PmRange; hits: readonly PmRange[] } | null;
}

type Layer = 'find' | 'focus';

export const highlightKey = new PluginKey<DecorationSet>('searchHighlights');

const inline = (r: PmRange, cls: string, layer: Layer): Decoration =>
  Decoration.inline(r.from, r.to, { nodeName: 'span', class: cls }, { layer });

/** The set with one layer's decorations replaced. */
function replaceLayer(set: DecorationSet, doc: Transaction['doc'], layer: Layer, decos: Decoration[]): DecorationSet {
  const old = set.find(undefined, undefined, (spec: { layer?: Layer }) => spec.layer === layer);
  const kept = old.length ? set.remove(old) : set;
  return decos.length ? kept.add(doc, decos) : kept;
}

export function highlightPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: highlightKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, value) {
        let set = tr.docChanged ? value.map(tr.mapping, tr.doc) : value;
        const meta = tr.getMeta(highlightKey) as Meta | undefined;
        if (meta?.find) {
          const { ranges, current } = meta.find;
          const decos = ranges.map((r, i) => inline(r, i === current ? 'find-match find-current' : 'find-match', 'find'));
          set = replaceLayer(set, tr.doc, 'find', decos);
        }
        if (meta && 'focus' in meta) {
          const f = meta.focus;
          const decos = f ? [inline(f.range, 'search-focus', 'focus'), ...f.hits.map((h) => inline(h, 'search-focus-hit', 'focus'))] : [];
          set = replaceLayer(set, tr.doc, 'focus', decos);
        }
        return set;
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state),
    },
  });
}

export const setFind = (tr: Transaction, ranges: readonly PmRange[], current: number): Transaction =>
  tr.setMeta(highlightKey, { find: { ranges, current } } satisfies Meta);
export const setFocus = (tr: Transaction, focus: Meta['focus']): Transaction => tr.setMeta(highlightKey, { focus } satisfies Meta);
