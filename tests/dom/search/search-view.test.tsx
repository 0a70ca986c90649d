import { MantineProvider } from '@mantine/core';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiCall } from '@common/api/calls';
import { dispatch } from '../../../src-main/core/dispatch';
import type { Session } from '../../../src-main/core/session';
import { useClaimsUi } from '../../../src-renderer/features/claims/claims-store';
import { NO_FILTERS, useSearch } from '../../../src-renderer/features/search/search-store';
import { SearchView } from '../../../src-renderer/features/search/SearchView';
import { useUi } from '../../../src-renderer/state/ui-store';
import { tempSession } from '../../helpers/temp-project';

// Results arrive from real I/O at their own pace: the test waits for what a person would see
// instead of wrapping each update in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

// The view talks to a real core on a real project file: window.dossier calls dispatch() as the
// Electron preload and the browser host do.

const ARTICLE = [
  'Title: Drones on the border',
  'Outlet: Azernews',
  'Published: 2025-10-07',
  '',
  'A new special unit equipped with Bayraktar unmanned aerial vehicles has begun operations.',
  '',
  'Türkiye and Azerbaijan held joint exercises near the Caspian coast.',
  '',
  'The Middle Corridor links Central Asia to Europe through Türkiye.',
].join('\n');

let session: Session;
let root: Root;
let host: HTMLElement;
const calls: { name: string; input: unknown }[] = [];

async function call<T>(name: ApiCall, input: unknown): Promise<T> {
  const r = await dispatch(session, name, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

beforeEach(async () => {
  session = tempSession();
  calls.length = 0;
  window.dossier = {
    call: ((name: ApiCall, input: unknown) => {
      calls.push({ name, input });
      return dispatch(session, name, input);
    }) as never,
    on: () => () => {},
  };
  const imported = await call<{ results: { uid: string }[] }>('documents.import', { items: [{ kind: 'text', text: ARTICLE, name: 'drones.txt' }] });
  const doc = imported.results[0]!.uid;
  const a = await call<{ uid: string }>('annotations.create', { document: doc, quote: 'special unit equipped with Bayraktar', themeNames: ['Security'] });
  await call('claims.create', { statement: 'A Bayraktar unit is operational.', credibility: 3, evidence: [{ annotation: a.uid }] });
  useSearch.setState({ query: '', filters: NO_FILTERS });
  useUi.setState({ view: 'search', documentUid: null, focus: null });
  useClaimsUi.setState({ openUid: null });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root.render(
      <MantineProvider>
        <SearchView />
      </MantineProvider>,
    ),
  );
});

afterEach(() => {
  root.unmount();
  host.remove();
  delete window.dossier;
});

const waitFor = <T,>(fn: () => T): Promise<T> => vi.waitFor(fn, { timeout: 5000, interval: 20 });
const box = () => host.querySelector<HTMLInputElement>('input[aria-label="Search everything"]')!;
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
/** Types as a person does: React sees an input event with the new value. */
// Each event's updates are drawn before the next event, as between a person's keystrokes.
const type = (text: string) =>
  flushSync(() => {
    setValue.call(box(), text);
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });
const key = (k: string) => flushSync(() => void box().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
const click = (el: Element) => flushSync(() => (el as HTMLElement).click());
const groups = () => [...host.querySelectorAll<HTMLElement>('[role="group"][aria-label]')].filter((g) => g.closest('[role="listbox"]'));
const findGroup = (name: RegExp) => groups().find((g) => name.test(g.getAttribute('aria-label')!));
const group = (name: RegExp) =>
  waitFor(() => {
    const g = findGroup(name);
    if (!g) throw new Error(`no group ${name}; have ${groups().map((x) => x.getAttribute('aria-label')).join(', ')}`);
    return g;
  });
const options = (el: ParentNode = host) => [...el.querySelectorAll<HTMLElement>('[role="option"]')];
const marksIn = (el: Element) => [...el.querySelectorAll('mark')].map((m) => m.textContent);
const searching = () => host.querySelector('[aria-label="Searching"]');
const byText = (t: string) => [...host.querySelectorAll('p, span, div')].some((e) => e.textContent === t);

describe('SearchView against a real project', () => {
  it('shows live results grouped by kind with counts and the hits marked in the original spelling', async () => {
    type('turkiye');
    const passages = await group(/^Passages: 2$/);
    expect(marksIn(passages)).toEqual(['Türkiye', 'Türkiye']);
    expect(findGroup(/^Claims/)).toBeUndefined();
    // Each keystroke's first page is 'fast', then 'ranked' with the same sequence number on the kind's channel.
    const searches = calls.filter((c) => c.name === 'search.query').map((c) => c.input as { mode: string; channel: string; seq: number });
    const passagesCalls = searches.filter((s) => s.channel.startsWith('search-view:document:'));
    expect(passagesCalls.map((s) => s.mode)).toEqual(['fast', 'ranked']);
    expect(new Set(passagesCalls.map((s) => s.seq)).size).toBe(1);
  });

  it('a newer query replaces an older one typed just before it; older answers never show', async () => {
    type('corr');
    type('corri');
    type('bayraktar');
    const claims = await group(/^Claims: 1$/);
    expect(marksIn(claims)).toEqual(['Bayraktar']);
    await group(/^Annotations: 1$/);
    await waitFor(() => expect(searching()).toBeNull());
    const all = host.querySelector('[role="listbox"]')!;
    expect(new Set(marksIn(all))).toEqual(new Set(['Bayraktar']));
    // The debounce sent only the last query.
    const queries = new Set(calls.filter((c) => c.name === 'search.query').map((c) => (c.input as { query: string }).query));
    expect([...queries]).toEqual(['bayraktar']);
  });

  it('coming back to the view shows the same search again (its queries are not taken for stale ones)', async () => {
    type('bayraktar');
    await group(/^Claims: 1$/);
    root.unmount();
    root = createRoot(host);
    flushSync(() =>
      root.render(
        <MantineProvider>
          <SearchView />
        </MantineProvider>,
      ),
    );
    expect(box().value).toBe('bayraktar');
    await group(/^Claims: 1$/);
    await group(/^Passages: 1$/);
  });

  it('kind chips and credibility narrow the results', async () => {
    type('bayraktar');
    await group(/^Claims: 1$/);
    click(host.querySelector('input[aria-label="Show claims"]')!);
    await waitFor(() => expect(findGroup(/^Claims/)).toBeUndefined());
    expect(findGroup(/^Passages/)).toBeDefined();
    flushSync(() => useSearch.getState().setFilters({ kinds: ['claim'], credibilityMin: 4 }));
    await waitFor(() => expect(byText('Nothing matches “bayraktar”.')).toBe(true));
    flushSync(() => useSearch.getState().setFilters({ credibilityMin: 1, credibilityMax: 3 }));
    await group(/^Claims: 1$/);
    expect(findGroup(/^Passages/)).toBeUndefined();
  });

  it('a date range keeps what is dated inside it (the undated claim drops out)', async () => {
    type('bayraktar');
    await group(/^Claims: 1$/);
    flushSync(() => useSearch.getState().setFilters({ from: '2025-10', to: '2025' }));
    await waitFor(() => expect(findGroup(/^Claims/)).toBeUndefined());
    expect(findGroup(/^Passages: 1$/)).toBeDefined();
    expect(findGroup(/^Annotations: 1$/)).toBeDefined();
    flushSync(() => useSearch.getState().setFilters({ from: '2026' }));
    await waitFor(() => expect(byText('Nothing matches “bayraktar”.')).toBe(true));
  });

  it('"Show more" loads the next page of a group', async () => {
    const paragraphs = Array.from({ length: 27 }, (_, i) => `Paragraph ${i + 1} mentions the Zangezur corridor.`);
    await call('documents.import', { items: [{ kind: 'text', text: `Title: Zangezur\n\n${paragraphs.join('\n\n')}`, name: 'z.txt' }] });
    type('zangezur corridor');
    await group(/^Passages: 27$/);
    await waitFor(() => expect(searching()).toBeNull());
    expect(options(findGroup(/^Passages/)!)).toHaveLength(20);
    click(host.querySelector('button[aria-label="Show more documents and passages"]')!);
    await waitFor(() => expect(options(findGroup(/^Passages/)!)).toHaveLength(27));
    expect(host.querySelector('button[aria-label="Show more documents and passages"]')).toBeNull();
  });

  it('arrow keys move through all groups; Enter on a passage opens the reader at the hit', async () => {
    type('bayraktar');
    await group(/^Claims: 1$/);
    await waitFor(() => expect(searching()).toBeNull());
    expect(options().length).toBe(3);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    key('ArrowDown');
    key('ArrowDown');
    expect(options()[2]!.getAttribute('aria-selected')).toBe('true');
    expect(box().getAttribute('aria-activedescendant')).toBe(options()[2]!.id);
    key('ArrowUp');
    key('ArrowUp');

    const passage = options(await group(/^Passages/))[0]!;
    expect(passage.getAttribute('aria-selected')).toBe('true');
    key('Enter');
    const ui = useUi.getState();
    expect(ui.view).toBe('reader');
    const doc = await call<{ uid: string; text: string }>('documents.get', { uid: ui.documentUid });
    expect(ui.focus).not.toBeNull();
    expect(doc.text.slice(ui.focus!.start, ui.focus!.end)).toContain('Bayraktar');
    expect(ui.focus!.hits!.map(([s, e]) => doc.text.slice(s, e))).toEqual(['Bayraktar']);
  });

  it('an annotation hit opens at the whole annotation; a claim hit opens its page in the claims view', async () => {
    type('bayraktar');
    const annotations = await group(/^Annotations: 1$/);
    click(options(annotations)[0]!);
    await waitFor(() => expect(useUi.getState().view).toBe('reader'));
    const { documentUid, focus } = useUi.getState();
    const doc = await call<{ text: string }>('documents.get', { uid: documentUid });
    expect(doc.text.slice(focus!.start, focus!.end)).toBe('special unit equipped with Bayraktar');

    click(options(findGroup(/^Claims: 1$/)!)[0]!);
    expect(useUi.getState().view).toBe('claims');
    const claims = await call<{ uid: string; statement: string }[]>('claims.list', {});
    expect(useClaimsUi.getState().openUid).toBe(claims.find((c) => c.statement === 'A Bayraktar unit is operational.')!.uid);
  });

  it('any typed text is a valid search: operators and stray punctuation show results or nothing, never an error', async () => {
    type('"Middle Corridor" -bayraktar (( *:');
    await group(/^Passages: 1$/);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    type('NEAR( " *: - title:');
    await waitFor(() => expect(byText('Nothing matches “NEAR( " *: - title:”.')).toBe(true));
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});
