import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RebuildStatus } from '@common/api/schemas/search';
import { indexAnnotation } from '../annotate/annotation-index';
import { indexArgument } from '../arguments/arguments';
import { indexClaim } from '../claims/claims';
import { indexDocument } from '../library/documents';
import type { Project } from '../session';
import { prepared } from '../data/statements';

// A migration that changes the search index empties it (it cannot fold or stem text in SQL)
// and sets REBUILD_SETTING; the core then rebuilds every row from the items' own tables, in
// small steps. Each step indexes items in id order for a few dozen milliseconds and moves the
// cursor kept in the setting in the same transaction, so a rebuild that is cancelled, or killed
// with the process, resumes where it stopped, and the project stays usable meanwhile: search
// finds what is indexed and says how far the rebuild is. Writes made meanwhile index their own
// items, and every indexer replaces an item's old rows, so nothing is indexed twice.

/** Set by a migration that empties the search index: '1' to start, then `phase:last id done`. */
export const REBUILD_SETTING = 'search.rebuild';
/** The running rebuild's entry in project.jobs. */
export const REBUILD_JOB = 'search.rebuild';

const PHASES: { table: string; index: (p: Project, id: number) => void }[] = [
  { table: 'documents', index: (p, id) => indexDocument(p, id) },
  { table: 'annotations', index: indexAnnotation },
  { table: 'claims', index: indexClaim },
  { table: 'arguments', index: indexArgument },
];

/** How long one step holds the database: short enough for the UI between steps. */
const STEP_MS = 40;
/** Items read per query inside a step. */
const BATCH = 16;

interface Cursor {
  phase: number;
  after: number;
}

function readCursor(p: Project): Cursor | 'start' | null {
  const row = prepared(p, 'SELECT value FROM settings WHERE key = ?').get(REBUILD_SETTING) as { value: string } | undefined;
  if (!row) return null;
  const m = /^(\d+):(\d+)$/.exec(row.value);
  return m ? { phase: Number(m[1]), after: Number(m[2]) } : 'start';
}

/** True while a rebuild has work left (running, cancelled or interrupted). */
export const rebuildPending = (p: Project): boolean => readCursor(p) !== null;

/**
 * Indexes the next items for about `budgetMs` (a batch at least) in one transaction with the
 * cursor; true when the rebuild is complete (or none was asked for).
 */
export function rebuildStep(p: Project, budgetMs = STEP_MS): boolean {
  return p.db
    .transaction((): boolean => {
      const read = readCursor(p);
      if (read === null) return true;
      if (read === 'start') p.db.exec("DELETE FROM search_items; INSERT INTO search_fts (search_fts) VALUES ('delete-all');");
      const cursor = read === 'start' ? { phase: 0, after: 0 } : read;
      const started = performance.now();
      // At least one batch, however small the budget.
      for (let first = true; cursor.phase < PHASES.length && (first || performance.now() - started < budgetMs); first = false) {
        const { table, index } = PHASES[cursor.phase]!;
        const ids = prepared(p, `SELECT id FROM ${table} WHERE id > ? ORDER BY id LIMIT ${BATCH}`).all(cursor.after) as { id: number }[];
        if (ids.length === 0) {
          cursor.phase++;
          cursor.after = 0;
        }
        for (const { id } of ids) {
          index(p, id);
          cursor.after = id;
        }
      }
      if (cursor.phase >= PHASES.length) {
        prepared(p, 'DELETE FROM settings WHERE key = ?').run(REBUILD_SETTING);
        return true;
      }
      prepared(p, 'UPDATE settings SET value = ? WHERE key = ?').run(`${cursor.phase}:${cursor.after}`, REBUILD_SETTING);
      return false;
    })
    .immediate();
}

/** Completes a rebuild that has nothing to index (a new project: its migrations ask for one too). */
export function rebuildIfEmpty(p: Project): void {
  if (rebuildPending(p) && rebuildStatus(p).total === 0) rebuildStep(p);
}

/** How far the rebuild is: items indexed and items in all, and whether it runs now. */
export function rebuildStatus(p: Project): RebuildStatus {
  const cursor = readCursor(p);
  const count = (table: string, after?: number): number =>
    (prepared(p, `SELECT count(*) AS n FROM ${table}${after === undefined ? '' : ' WHERE id <= ?'}`).get(...(after === undefined ? [] : [after])) as { n: number }).n;
  const totals = PHASES.map((ph) => count(ph.table));
  const total = totals.reduce((a, b) => a + b, 0);
  if (cursor === null) return { state: 'done', done: total, total };
  const done = cursor === 'start' ? 0 : totals.slice(0, cursor.phase).reduce((a, b) => a + b, 0) + (cursor.phase < PHASES.length ? count(PHASES[cursor.phase]!.table, cursor.after) : 0);
  return { state: p.jobs.has(REBUILD_JOB) ? 'running' : 'paused', done, total };
}

/** What a search says while the index is incomplete; null when it is complete. */
export function rebuildNotice(p: Project): string | null {
  if (!rebuildPending(p)) return null;
  const s = rebuildStatus(p);
  const pct = Math.floor((100 * s.done) / Math.max(1, s.total));
  return s.state === 'running'
    ? `the search index is being rebuilt (${pct}%): results come from the part indexed so far`
    : `the search index is ${pct}% rebuilt: results come from that part; resume the rebuild to find everything`;
}

/** Progress reports are sent at most this often. */
const REPORT_MS = 250;

/**
 * Runs the pending rebuild in steps, giving the event loop a turn between them, and reports
 * its progress ('search.rebuild' events, then 'data.changed' for searches when it completes).
 * Cancel pauses it (cancelSearchRebuild); it resumes on the next call or the next opening.
 */
export async function runSearchRebuild(p: Project): Promise<RebuildStatus['state']> {
  if (p.jobs.has(REBUILD_JOB) || !rebuildPending(p)) return rebuildPending(p) ? 'running' : 'done';
  const job = { cancelled: false };
  p.jobs.set(REBUILD_JOB, job);
  // A cancelled run may still be waiting for its turn when a new one starts: each removes its own entry only.
  const release = (): void => void (p.jobs.get(REBUILD_JOB) === job && p.jobs.delete(REBUILD_JOB));
  let reported = 0;
  try {
    p.emit('search.rebuild', rebuildStatus(p));
    for (;;) {
      await nextTurn();
      if (job.cancelled || !p.db.open) break;
      const finished = rebuildStep(p);
      if (finished || Date.now() - reported >= REPORT_MS) {
        reported = Date.now();
        if (finished) release();
        p.emit('search.rebuild', rebuildStatus(p));
      }
      if (finished) {
        p.emit('data.changed', { calls: ['search.query', 'search.rebuildStatus'] });
        return 'done';
      }
    }
  } finally {
    release();
  }
  if (p.db.open) p.emit('search.rebuild', rebuildStatus(p));
  return 'paused';
}

/** Pauses a running rebuild after its current step; what is indexed stays. */
export function cancelSearchRebuild(p: Project): RebuildStatus {
  const job = p.jobs.get(REBUILD_JOB);
  if (job) job.cancelled = true;
  p.jobs.delete(REBUILD_JOB);
  return rebuildStatus(p);
}

/**
 * Runs the pending rebuild to its end on the calling thread (the command line, tests), calling
 * `progress` after each step that moved it on by a tenth or more.
 */
export function finishSearchRebuild(p: Project, progress: (s: RebuildStatus) => void = () => {}): void {
  if (!rebuildPending(p)) return;
  let shown = -1;
  for (let finished = false; !finished; ) {
    finished = rebuildStep(p);
    const s = rebuildStatus(p);
    const tenth = Math.floor((10 * s.done) / Math.max(1, s.total));
    if (finished || tenth > shown) {
      shown = tenth;
      progress(s);
    }
  }
}
