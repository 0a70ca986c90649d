import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../../src-main/core/session';
import { finishSearchRebuild, rebuildStatus } from '../../../../src-main/core/search/rebuild';
import { search } from '../../../../src-main/core/search/search';
import { SearchQuery } from '@common/api/schemas/search';
import { privateBuild } from '../../../helpers/built-app';
import { tempDir } from '../../../helpers/temp-project';
import { askForRebuild, projectWithItems } from './rebuild-fixtures';

// A rebuild killed with SIGKILL (the built CLI, which finishes a pending rebuild before its
// command) resumes from its last committed step when the project is opened again: nothing
// indexed is lost or indexed twice, and searches are complete once it has finished.

const DOCS = 2000;
let build: ReturnType<typeof privateBuild> | undefined;

beforeAll(() => {
  build = privateBuild('rebuild-kill');
}, 300_000);
afterAll(() => build?.remove());

describe('search index rebuild killed mid-way', () => {
  it('resumes on the next opening from where it was killed, and ends complete', async () => {
    const dir = tempDir();
    const { path, items } = projectWithItems(dir, DOCS);
    askForRebuild(path);
    const child = spawn(process.execPath, [build!.cli, '--db', path, 'search', 'Gabala'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DOSSIER_HOME: dir },
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Killed at its first progress line that says part of the index is done: each line follows
    // a committed step (stderr is a pipe, written synchronously), and the steps after it are
    // cut short by the kill. Polling the cursor instead could miss a rebuild this small on a
    // fast machine.
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const m = /: \d+% \((\d+) of (\d+) items\)/.exec(said);
      if (m && Number(m[1]) > 0 && Number(m[1]) < Number(m[2])) child.kill('SIGKILL');
    });
    expect(await exited).toBe('SIGKILL');
    const p = createProject(path);
    const at = rebuildStatus(p);
    expect(at.state).toBe('paused');
    expect(at.done).toBeGreaterThan(0);
    expect(at.done).toBeLessThan(items);
    // What was committed before the kill is searchable: one hit per indexed document row.
    const documentsFound = (): number => {
      const found = new Set<string>();
      for (let offset = 0; ; offset += 500) {
        const page = search(p, SearchQuery.parse({ query: 'Gabala', kinds: ['document'], limit: 500, offset })).hits;
        for (const h of page) if (h.documentUid) found.add(h.documentUid);
        if (page.length < 500) return found.size;
      }
    };
    expect(documentsFound()).toBe(at.done);
    finishSearchRebuild(p);
    expect(rebuildStatus(p)).toEqual({ state: 'done', done: items, total: items });
    expect(documentsFound()).toBe(DOCS);
    const rows = (p.db.prepare('SELECT count(*) AS n FROM search_items').get() as { n: number }).n;
    expect(rows).toBe(DOCS * 4 + DOCS / 5 + 10);
    p.close();
  }, 120_000);
});
