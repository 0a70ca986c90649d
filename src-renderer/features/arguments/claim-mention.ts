import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** An "@query" being typed: the range to replace, the words after "@", and where the caret is on screen. */
export interface MentionState {
  from: number;
  to: number;
  query: string;
  left: number;
  bottom: number;
}

export interface ClaimMentionOptions {
  /** Called with the typed "@query" whenever it changes, and null when there is none. */
  onChange(state: MentionState | null): void;
  /** Keys while a query is open (arrows, Enter, Tab, Escape); true when the picker used the key. */
  onKeyDown(event: KeyboardEvent): boolean;
}

// "@" at the start of a line or after a space, then up to 60 characters without another "@".
const TRIGGER = /(?:^|[\s(])@([^@\n]{0,60})$/;

/** The "@query" before the caret in `state`, or null. Exported for tests. */
export function findMention(state: EditorState): { from: number; to: number; query: string } | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const $pos = selection.$from;
  if (!$pos.parent.isTextblock) return null;
  const before = $pos.parent.textBetween(0, $pos.parentOffset, undefined, '\ufffc');
  const m = TRIGGER.exec(before);
  if (!m) return null;
  const query = m[1]!;
  // A query that ran on past a full stop is ordinary prose, not a mention.
  if (/[.!?]\s/.test(query)) return null;
  return { from: $pos.pos - query.length - 1, to: $pos.pos, query };
}

const key = new PluginKey<{ dismissedAt: number | null }>('claimMention');

/**
 * Typing "@" opens the claim picker at the caret: a small hand-written take on
 * @tiptap/suggestion (not installed). The React side draws the picker from onChange.
 * Escape closes it until the "@" is typed again.
 */
export const ClaimMention = Extension.create<ClaimMentionOptions>({
  name: 'claimMention',

  addOptions() {
    return { onChange: () => undefined, onKeyDown: () => false };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    let last: string | null = null;
    const current = (state: EditorState) => {
      const found = findMention(state);
      return found && key.getState(state)?.dismissedAt !== found.from ? found : null;
    };
    const report = (view: EditorView): void => {
      const found = current(view.state);
      const sig = found ? `${found.from}:${found.to}:${found.query}` : null;
      if (sig === last) return;
      last = sig;
      if (!found) return options.onChange(null);
      const coords = view.coordsAtPos(found.to);
      options.onChange({ ...found, left: coords.left, bottom: coords.bottom });
    };
    return [
      new Plugin({
        key,
        state: {
          init: (): { dismissedAt: number | null } => ({ dismissedAt: null }),
          apply: (tr, value) => {
            const meta = tr.getMeta(key) as { dismissedAt: number } | undefined;
            if (meta) return meta;
            return value.dismissedAt === null ? value : { dismissedAt: tr.mapping.map(value.dismissedAt) };
          },
        },
        props: {
          handleKeyDown(view, event) {
            const found = current(view.state);
            if (!found) return false;
            if (event.key === 'Escape') {
              view.dispatch(view.state.tr.setMeta(key, { dismissedAt: found.from }));
              return true;
            }
            return options.onKeyDown(event);
          },
        },
        view: () => ({
          update: report,
          destroy: () => options.onChange(null),
        }),
      }),
    ];
  },
});
