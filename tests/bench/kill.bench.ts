import { afterAll, beforeAll, describe, it } from 'vitest';
import { privateBuild } from '../helpers/built-app';
import { tempDir } from '../helpers/temp-project';
import { KILL_OPS, KillHarness, unsound, type Trial } from '../node/kill/kill-harness';
import { report, type Row } from './harness';

// `npm run bench -- kill`: 125 SIGKILL trials of the built CLI across import, export (every
// format but PDF), backup, restore and migrate; prints how many left something unsound (target 0).

const TRIALS = 125;
let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('bench-kill')), 300_000);
afterAll(() => build?.remove());

describe('kill bench', () => {
  it(`${TRIALS} SIGKILL trials`, async () => {
    const harness = await KillHarness.prepare(build!.cli, tempDir());
    const trials = await harness.run(TRIALS, 20261202, KILL_OPS, (t: Trial) => t.problems.length && console.log(`unsound ${t.op} ${t.detail} at ${t.delayMs} ms: ${t.problems.join('; ')}`));
    const rows: Row[] = KILL_OPS.map((op) => {
      const of = trials.filter((t) => t.op === op);
      return { operation: op, trials: of.length, killed_during: of.filter((t) => t.killed).length, unsound: unsound(of).length, clean_ms: harness.cleanTimes.get(op) ?? '' };
    });
    rows.push({ operation: 'all', trials: trials.length, killed_during: trials.filter((t) => t.killed).length, unsound: unsound(trials).length, clean_ms: '' });
    report('kill', rows, { seed: 20261202, exportCleanMs: Object.fromEntries(harness.cleanTimes), problems: unsound(trials).map((t) => ({ op: t.op, detail: t.detail, delayMs: t.delayMs, problems: t.problems })) });
  });
});
