import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '@common/api/calls';
import type { RebuildStatus } from '@common/api/schemas/search';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session, type Project } from '../../../../src-main/core/session';
import { rebuildStatus, rebuildStep } from '../../../../src-main/core/search/rebuild';
import { cli } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/temp-project';
import { addDocument } from './fixtures';
import { askForRebuild, projectWithItems } from './rebuild-fixtures';

// The rebuild a migration asks for runs in steps with its cursor committed beside the rows it
// indexed: stopped at any step (cancel, a closed project), the project still answers searches
// from what is indexed, says how far the rebuild is, and the next run resumes where it stopped,
// with every item indexed exactly once at the end.

const DOCS = 60;

/** The index rows the items should have: a document row and one per passage, one per annotation and claim. */
const expectedRows = (): number => DOCS * 4 + DOCS / 5 + 10;
const rowCount = (p: Project): number => (p.db.prepare('SELECT count(*) AS n FROM search_items').get() as { n: number }).n;

async function documentsFound(s: Session, query: string): Promise<{ docs: number; notices: string[] }> {
  const r = await dispatch(s, 'search.query', { query, kinds: ['document'], limit: 500 });
  if (!r.ok) throw new Error(r.error.message);
  return { docs: new Set(r.value.hits.map((h) => h.documentUid)).size, notices: r.value.notices };
}

function sessionWithEvents(path: string, dir: string): { s: Session; events: RebuildStatus[]; next: (pred: (e: RebuildStatus) => boolean) => Promise<RebuildStatus> } {
  const events: RebuildStatus[] = [];
  const waiters: { pred: (e: RebuildStatus) => boolean; done: (e: RebuildStatus) => void }[] = [];
  const emit = (name: ApiEvent, payload: unknown): void => {
    if (name !== 'search.rebuild') return;
    const e = payload as RebuildStatus;
    events.push(e);
    for (const w of waiters.splice(0)) {
      if (w.pred(e)) w.done(e);
      else waiters.push(w);
    }
  };
  const s = new Session(createProject(path, { emit }), { dataDir: dir, emit });
  const next = (pred: (e: RebuildStatus) => boolean): Promise<RebuildStatus> => {
    const seen = events.find(pred);
    return seen ? Promise.resolve(seen) : new Promise((done) => waiters.push({ pred, done }));
  };
  return { s, events, next };
}

describe('search index rebuild: in steps, resumable, usable meanwhile', () => {
  it('answers from the indexed part with how far it is, and resumes after the project was closed mid-way', async () => {
    const dir = tempDir();
    const { path, items } = projectWithItems(dir, DOCS);
    askForRebuild(path);

    // Opened without a session (nothing runs it): two small steps, then closed.
    const p = createProject(path);
    expect(rebuildStatus(p)).toEqual({ state: 'paused', done: 0, total: items });
    expect(rebuildStep(p, 0)).toBe(false);
    expect(rebuildStep(p, 0)).toBe(false);
    const partial = rebuildStatus(p);
    expect(partial.done).toBeGreaterThan(0);
    expect(partial.done).toBeLessThan(items);
    p.close();

    const { s, next } = sessionWithEvents(path, dir);
    // Before the session's first step: the indexed part is found, and the search says so.
    const early = await documentsFound(s, 'Gabala');
    expect(early.docs).toBe(partial.done);
    expect(early.notices.join(' ')).toMatch(/search index is being rebuilt \(\d+%\)/);
    // A document written while the rebuild runs is indexed by its own write, and once only.
    addDocument(s.project, { title: 'Written meanwhile', paragraphs: ['Qəbələ again.'], language: 'az' });
    const done = await next((e) => e.state === 'done');
    expect(done).toEqual({ state: 'done', done: items + 1, total: items + 1 });
    const after = await documentsFound(s, 'Gabala');
    expect(after).toEqual({ docs: DOCS + 1, notices: [] });
    expect(rowCount(s.project)).toBe(expectedRows() + 2);
    await s.close();
  });

  it('Cancel pauses with what is indexed kept; Resume finishes it; the status call tells each state', async () => {
    const dir = tempDir();
    const { path, items } = projectWithItems(dir, DOCS);
    askForRebuild(path);
    const { s, next } = sessionWithEvents(path, dir);
    await next((e) => e.state === 'running');
    const cancelled = await dispatch(s, 'search.rebuildCancel', {});
    expect(cancelled.ok && cancelled.value.state).toBe('paused');
    await new Promise((r) => setTimeout(r, 50));
    const paused = await dispatch(s, 'search.rebuildStatus', {});
    expect(paused.ok && paused.value).toEqual(expect.objectContaining({ state: 'paused', total: items }));
    const found = await documentsFound(s, 'Gabala');
    expect(found.notices.join(' ')).toMatch(/search index is \d+% rebuilt/);
    const resumed = await dispatch(s, 'search.rebuildResume', {});
    expect(resumed.ok && resumed.value.state).toBe('running');
    await next((e) => e.state === 'done');
    expect(await documentsFound(s, 'Gabala')).toEqual({ docs: DOCS, notices: [] });
    expect(rowCount(s.project)).toBe(expectedRows());
    await s.close();
  });

  it('the command line finishes the rebuild before its command, with progress lines on stderr', async () => {
    const dir = tempDir();
    const { path, items } = projectWithItems(dir, DOCS);
    askForRebuild(path);
    const r = await cli('--db', path, '--json', 'search', 'Gabala', '--kind', 'document', '--limit', '500');
    expect(r.code).toBe(0);
    expect(r.err.split('\n').at(-1)).toBe(`rebuilding the search index: 100% (${items} of ${items} items)`);
    expect(new Set(JSON.parse(r.out).hits.map((h: { documentUid: string }) => h.documentUid)).size).toBe(DOCS);
  });

  it('a new project has nothing to rebuild and says nothing about it', async () => {
    const dir = tempDir();
    const p = createProject(join(dir, 'new.dossier'));
    expect(rebuildStatus(p)).toEqual({ state: 'done', done: 0, total: 0 });
    p.close();
  });
});
