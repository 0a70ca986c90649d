import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentDetail } from '@common/api/schemas/documents';
import { dispatch } from '../../../src-main/core/dispatch';
import { useFind } from '../../../src-renderer/features/search/find/find-store';
import { AnnotatedText } from '../../../src-renderer/features/annotate/AnnotatedText';
import { useUi } from '../../../src-renderer/state/ui-store';
import { tempSession } from '../../helpers/temp-project';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A real document (imported by the core into a real project) in the real reader editor.
const ARTICLE = [
  'Title: Corridors',
  '',
  'TÜRKİYE and Azerbaijan signed a transit deal.',
  '',
  'The Middle Corridor runs through Türkiye; turkiye appears in lower case too.',
  '',
  'Işık and Əliyev met in İstanbul.',
].join('\n');

let doc: DocumentDetail;
let root: Root;
let host: HTMLElement;
let commits = 0;

beforeEach(async () => {
  const session = tempSession();
  const imported = await dispatch(session, 'documents.import', { items: [{ kind: 'text', text: ARTICLE, name: 'c.txt' }] });
  if (!imported.ok) throw new Error(imported.error.message);
  const got = await dispatch(session, 'documents.get', { uid: imported.value.results[0]!.uid! });
  if (!got.ok) throw new Error(got.error.message);
  doc = got.value;
  useFind.setState({ open: false, query: '', current: 0, count: 0 });
  useUi.setState({ focus: null });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  commits = 0;
  act(() =>
    root.render(
      <Profiler id="reader" onRender={() => commits++}>
        <AnnotatedText doc={doc} visible={[]} all={[]} themes={[]} />
      </Profiler>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const texts = (sel: string) => [...host.querySelectorAll(sel)].map((e) => e.textContent);

describe('find in document', () => {
  it('highlights every folded match, counts them, and steps with wrap-around', () => {
    act(() => useFind.setState({ open: true, query: 'turkiye' }));
    expect(texts('.find-match')).toEqual(['TÜRKİYE', 'Türkiye', 'turkiye']);
    expect(useFind.getState().count).toBe(3);
    expect(texts('.find-current')).toEqual(['TÜRKİYE']);
    act(() => useFind.getState().step(1));
    expect(texts('.find-current')).toEqual(['Türkiye']);
    act(() => useFind.getState().step(-1));
    act(() => useFind.getState().step(-1));
    expect(texts('.find-current')).toEqual(['turkiye']);
    act(() => useFind.setState({ query: 'isik' }));
    expect(texts('.find-match')).toEqual(['Işık']);
    act(() => useFind.setState({ query: 'istanbul' }));
    expect(texts('.find-current')).toEqual(['İstanbul']);
  });

  it('typing in the find bar redraws decorations without re-rendering the reader', () => {
    const before = commits;
    for (const q of ['t', 'tu', 'tur', 'turk']) act(() => useFind.setState({ open: true, query: q }));
    act(() => useFind.getState().step(1));
    expect(texts('.find-current')).toEqual(['Türk']);
    expect(commits).toBe(before);
  });

  it('draws nothing for a query with no match or when the bar closes, and leaves the text as it was', () => {
    const before = host.querySelector('[role="document"]')!.textContent;
    act(() => useFind.setState({ open: true, query: 'kazakhstan' }));
    expect(host.querySelectorAll('.find-match')).toHaveLength(0);
    expect(useFind.getState().count).toBe(0);
    act(() => useFind.setState({ query: 'aliyev' }));
    expect(texts('.find-match')).toEqual(['Əliyev']);
    act(() => useFind.getState().close());
    expect(host.querySelectorAll('.find-match')).toHaveLength(0);
    expect(host.querySelector('[role="document"]')!.textContent).toBe(before);
  });
});

describe('jumping to a search hit', () => {
  it('marks the focus range and its hits; a passage focus widens to its paragraph', async () => {
    const at = doc.text.indexOf('Türkiye;');
    act(() => useUi.setState({ focus: { start: at - 10, end: at + 8, hits: [[at, at + 7]], block: true } }));
    await vi.waitFor(() => expect(texts('.search-focus-hit')).toEqual(['Türkiye']));
    expect(texts('.search-focus').join('')).toBe('The Middle Corridor runs through Türkiye; turkiye appears in lower case too.');

    const deal = doc.text.indexOf('transit deal');
    act(() => useUi.setState({ focus: { start: deal, end: deal + 'transit deal'.length } }));
    expect(texts('.search-focus').join('')).toBe('transit deal');
    expect(host.querySelectorAll('.search-focus-hit')).toHaveLength(0);
  });

  it('find starts at the first match from the passage a search opened, not at the top', () => {
    const at = doc.text.indexOf('The Middle Corridor');
    act(() => useUi.setState({ focus: { start: at, end: at + 19 } }));
    act(() => useFind.setState({ open: true, query: 'turkiye' }));
    expect(useFind.getState().current).toBe(1);
    expect(texts('.find-current')).toEqual(['Türkiye']);
    expect(texts('.find-match')).toHaveLength(3);
  });
});
