import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateBuild } from '../../helpers/built-app';
import { tempDir } from '../../helpers/temp-project';
import { KILL_OPS, KillHarness, unsound } from './kill-harness';

// A few SIGKILL trials of each long operation of the built CLI on every run (the bench runs
// more than a hundred: `npm run bench -- kill`).

const TRIALS = 25;
let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('kill-test')), 300_000);
afterAll(() => build?.remove());

describe('kill -9 during import, export, backup, restore and migrate', () => {
  it(`leaves every project, document, export and backup whole or absent (${TRIALS} trials)`, async () => {
    const harness = await KillHarness.prepare(build!.cli, tempDir());
    const trials = await harness.run(TRIALS, 20251007);
    expect(unsound(trials)).toEqual([]);
    // The kills landed inside every operation, not only after it ended.
    for (const op of KILL_OPS) expect(trials.some((t) => t.op === op && t.killed), op).toBe(true);
  }, 600_000);
});
