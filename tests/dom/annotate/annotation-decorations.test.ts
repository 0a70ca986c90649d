import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationKey, annotationPlugin, setMarks, setPending, type AnnotationMark } from '../../../src-renderer/features/annotate/annotation-decorations';
import { annotationStyle, assignTracks } from '../../../src-renderer/features/annotate/annotation-layout';
import { buildReaderDoc } from '../../../src-renderer/features/reader/reader-doc';
import { offsetToPos } from '../../../src-renderer/features/reader/offset-map';
import { readerExtensions } from '../../../src-renderer/features/reader/reader-extensions';

const TEXT = 'Ankara has built an ecosystem.\n\nFormats endure leadership transitions 🚀 and reshuffles.';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function setup() {
  const built = buildReaderDoc(TEXT, []);
  editor = new Editor({ element: document.createElement('div'), extensions: readerExtensions, content: built.content, editable: false });
  editor.registerPlugin(annotationPlugin());
  const mark = (uid: string, quote: string, extra: Partial<AnnotationMark> = {}): AnnotationMark => {
    const start = TEXT.indexOf(quote);
    return {
      uid,
      from: offsetToPos(built.map, start),
      to: offsetToPos(built.map, start + quote.length, 'before'),
      style: 'background-color:red',
      title: uid,
      selected: false,
      ...extra,
    };
  };
  const draw = (marks: AnnotationMark[]) => editor!.view.dispatch(setMarks(editor!.state.tr, marks));
  const spans = (uid: string) => [...editor!.view.dom.querySelectorAll(`[data-annotation-uid="${uid}"]`)];
  return { editor, mark, draw, spans, built };
}

describe('annotation decorations', () => {
  it('draws each annotation as its own element, nested where they overlap, quotes intact past an emoji', () => {
    const { mark, draw, spans } = setup();
    draw([mark('outer', 'Formats endure leadership transitions 🚀 and reshuffles'), mark('inner', 'transitions 🚀 and')]);
    expect(spans('outer').map((e) => e.textContent).join('')).toBe('Formats endure leadership transitions 🚀 and reshuffles');
    expect(spans('inner').map((e) => e.textContent).join('')).toBe('transitions 🚀 and');
    expect(spans('inner')[0]!.closest('[data-annotation-uid="outer"]')).not.toBeNull();
  });

  it('changes only what changed: other decorations are kept as they were', () => {
    const { editor, mark, draw, spans } = setup();
    draw([mark('a', 'Ankara has built'), mark('b', 'Formats endure')]);
    const set = () => annotationKey.getState(editor!.state)!.set;
    const typeOf = (uid: string) => (set().find().find((d) => (d.spec as { uid: string }).uid === uid) as unknown as { type: object }).type;
    const [typeA, typeB, spanA] = [typeOf('a'), typeOf('b'), spans('a')[0]];
    draw([mark('a', 'Ankara has built'), mark('b', 'Formats endure', { selected: true })]);
    // The untouched annotation keeps its decoration and its element; only the selected one is redrawn.
    expect(typeOf('a')).toBe(typeA);
    expect(spans('a')[0]).toBe(spanA);
    expect(typeOf('b')).not.toBe(typeB);
    expect(spans('b')[0]!.className).toContain('anno-selected');
    draw([mark('b', 'Formats endure')]);
    expect(spans('a')).toHaveLength(0);
    expect(spans('b')).toHaveLength(1);
  });

  it('shows and clears the pending selection apart from the annotations', () => {
    const { editor, mark, draw } = setup();
    draw([mark('a', 'Ankara has built')]);
    editor!.view.dispatch(setPending(editor!.state.tr, { from: 2, to: 8 }));
    expect(editor!.view.dom.querySelectorAll('.anno-pending')).toHaveLength(1);
    editor!.view.dispatch(setPending(editor!.state.tr, null));
    expect(editor!.view.dom.querySelectorAll('.anno-pending')).toHaveLength(0);
    expect(editor!.view.dom.querySelectorAll('[data-annotation-uid="a"]')).toHaveLength(1);
  });
});

describe('overlap layout', () => {
  it('gives overlapping annotations different tracks and reuses a track once it is free', () => {
    const tracks = assignTracks([
      { uid: 'a', start: 0, end: 50 },
      { uid: 'b', start: 10, end: 20 },
      { uid: 'c', start: 15, end: 30 },
      { uid: 'd', start: 60, end: 70 },
    ]);
    expect([tracks.get('a'), tracks.get('b'), tracks.get('c'), tracks.get('d')]).toEqual([0, 1, 2, 0]);
  });

  it('stripes several theme colours and lowers the underline per track', () => {
    expect(annotationStyle(['#ff0000'], 0)).toContain('background-color');
    const two = annotationStyle(['#ff0000', '#0000ff'], 2);
    expect(two).toContain('repeating-linear-gradient');
    expect(two).toContain('#0000ff');
    expect(two).toContain('text-underline-offset:11px');
  });
});
