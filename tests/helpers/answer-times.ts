import { performance } from 'node:perf_hooks';

/**
 * Calls `ask` over and over (a pause of `gapMs` between calls) until `work` settles, and gives
 * how long each answer took in ms along with the work's outcome: how a host answers while it
 * runs long work. Each answer is passed to `check` (the caller asserts what it must hold).
 */
export async function answerTimesDuring<T, A>(
  work: Promise<T>,
  ask: () => Promise<A>,
  check: (answer: A) => void = () => {},
  gapMs = 20,
): Promise<{ result: T; times: number[] }> {
  let finished = false;
  const settled = work.finally(() => (finished = true));
  const times: number[] = [];
  while (!finished) {
    const t = performance.now();
    check(await ask());
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return { result: await settled, times };
}

/** The same calls with nothing else running: the baseline. */
export async function answerTimes<A>(ask: () => Promise<A>, count: number, gapMs = 20): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await ask();
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return times;
}
