import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiCall } from '@common/api/calls';
import type { AnnotationPage } from '@common/api/schemas/annotations';
import { dispatch } from '../../../src-main/core/dispatch';
import type { Session } from '../../../src-main/core/session';
import { mutate } from '../../../src-renderer/bridge/mutate';
import { forgetProjectData, queryClient } from '../../../src-renderer/bridge/query-client';
import { apiKey, apiQuery } from '../../../src-renderer/bridge/use-api-query';
import { tempSession } from '../../helpers/temp-project';

// The renderer's cache after a write must hold what the core would answer if asked again:
// each patched list is compared with a fresh annotations.list from a real project file, and
// the calls the renderer makes are counted.

let session: Session;
let calls: ApiCall[];
let doc: string;
let themes: string[];

async function core<T>(name: ApiCall, input: unknown): Promise<T> {
  const r = await dispatch(session, name, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

const ARTICLE = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} on the Middle Corridor, freight volumes and the Caspian ferries.`).join('\n\n');
const listInput = () => ({ document: doc, limit: 10_000 });
const cachedList = () => queryClient.getQueryData<AnnotationPage>(apiKey('annotations.list', listInput()));

/** Loads the reader's list (and the theme list) into the cache as the reader would, then forgets the calls. */
async function openReader(): Promise<void> {
  await queryClient.fetchQuery(apiQuery('annotations.list', listInput()));
  await queryClient.fetchQuery(apiQuery('themes.list', {}));
  calls.length = 0;
}

beforeEach(async () => {
  session = tempSession();
  calls = [];
  forgetProjectData();
  queryClient.clear();
  window.dossier = {
    call: ((name: ApiCall, input: unknown) => {
      calls.push(name);
      return dispatch(session, name, input);
    }) as never,
    on: () => () => {},
  };
  const imported = await core<{ results: { uid: string }[] }>('documents.import', { items: [{ kind: 'text', text: ARTICLE, name: 'corridor.txt' }] });
  doc = imported.results[0]!.uid;
  themes = [(await core<{ uid: string }>('themes.create', { name: 'Logistics' })).uid, (await core<{ uid: string }>('themes.create', { name: 'Energy' })).uid];
  for (const quote of ['Paragraph 3', 'Paragraph 9', 'freight volumes']) {
    await core('annotations.create', { document: doc, quote, occurrence: quote === 'freight volumes' ? 5 : undefined, themes: [themes[0]] });
  }
});

afterEach(() => {
  queryClient.clear();
  delete window.dossier;
});

describe('mutate() keeps the cache equal to the core', () => {
  it('puts a new annotation into the reader’s list in text order without asking for the list again', async () => {
    await openReader();
    const a = await mutate('annotations.create', { document: doc, quote: 'Paragraph 6', themes: [themes[1]!] });
    expect(cachedList()).toEqual(await core('annotations.list', listInput()));
    // What the write left stale is asked again (on screen this happens at once).
    await queryClient.refetchQueries({ type: 'all', stale: true });
    expect(cachedList()!.items.map((x) => x.uid)).toContain(a.uid);
    // The theme counts changed and were asked for again; the list was not.
    expect(calls).toEqual(['annotations.create', 'themes.list']);
  });

  it('a note is patched in place; a theme change also asks again for the lists', async () => {
    await openReader();
    const first = cachedList()!.items[1]!;
    const note = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ferry capacity doubled.' }] }] });
    await mutate('annotations.update', { uid: first.uid, note });
    expect(cachedList()).toEqual(await core('annotations.list', listInput()));
    await queryClient.refetchQueries({ type: 'all', stale: true });
    expect(calls).toEqual(['annotations.update']);
    calls.length = 0;
    await mutate('annotations.update', { uid: first.uid, themes: [themes[1]!] });
    await queryClient.refetchQueries({ type: 'all', stale: true });
    expect(cachedList()).toEqual(await core('annotations.list', listInput()));
    expect(calls.sort()).toEqual(['annotations.list', 'annotations.update', 'themes.list']);
  });

  it('delete and restore take the annotation out of the list and put it back where it was', async () => {
    await openReader();
    const before = cachedList()!;
    const gone = await mutate('annotations.delete', { uid: before.items[0]!.uid });
    expect(cachedList()).toEqual(await core('annotations.list', listInput()));
    expect(cachedList()!.total).toBe(before.total - 1);
    await mutate('annotations.restore', gone.restore);
    await queryClient.refetchQueries({ type: 'all', stale: true });
    expect(cachedList()).toEqual(await core('annotations.list', listInput()));
    expect(cachedList()!.items.map((x) => x.uid)).toEqual(before.items.map((x) => x.uid));
    expect(calls.filter((c) => c === 'annotations.list')).toEqual([]);
  });
});
