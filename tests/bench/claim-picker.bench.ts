import { describe, it } from 'vitest';
import { fold } from '@common/text/fold';
import { claimSearch } from '../../src-renderer/features/claims/claim-search';
import { ms, percentile, report, type Row } from './harness';

// The claim pickers ("@" in the argument editor, "Attach to claim…") search every claim
// statement on each keystroke with fuse.js over folded text, word by word. Baseline in the same
// run: a plain folded substring filter (every word contained), no typo tolerance, no ranking.

const COUNT = Number(process.env.PICKER_BENCH_COUNT ?? 10_000);
const RUNS = 30;
const SUBJECTS = ['Azərbaycan', 'Türkiye', 'Uzbekistan', 'Qazaqstan', 'Қазақстан', 'Kyrgyzstan', 'Turkmenistan', 'İlham Əliyev', 'the OTS', 'Ankara'];
const VERBS = ['signed', 'reported', 'denied', 'announced', 'expanded', 'financed', 'delayed', 'confirmed'];
const OBJECTS = ['a gas transit deal', 'border video surveillance', 'the Middle Corridor freight', 'Bayraktar UAV deliveries', 'the Turkic Investment Fund', 'a rail link to Kars', 'fiber-optic lines', 'joint exercises'];

const statements = Array.from({ length: COUNT }, (_, i) => ({
  uid: `c${i}`,
  statement: `${SUBJECTS[i % SUBJECTS.length]} ${VERBS[(i >> 3) % VERBS.length]} ${OBJECTS[(i >> 6) % OBJECTS.length]} in ${2000 + (i % 26)} (${i}).`,
}));
const QUERIES = ['aliyev', 'azerbaycan gas', 'bayraktr', 'video surveillance border', 'казакстан rail', 'middle corridor 2024'];

function time(fn: () => unknown): number[] {
  const out: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(ms(t));
  }
  return out;
}

describe('claim picker search', () => {
  it(`${COUNT} statements`, () => {
    const rows: Row[] = [];
    const build = time(() => claimSearch(statements));
    const folded = statements.map((s) => ({ s, f: fold(s.statement) }));
    rows.push({ step: 'build fuse index (per picker open)', p50_ms: percentile(build, 50), p95_ms: percentile(build, 95), baseline_ms: '', ratio: '' });
    const find = claimSearch(statements);
    for (const q of QUERIES) {
      const words = fold(q).split(/\s+/);
      const fuzzy = time(() => find(q, 8));
      const plain = time(() => folded.filter((x) => words.every((w) => x.f.includes(w))).slice(0, 8));
      const hits = find(q, 8).length;
      rows.push({
        step: `query "${q}" (${hits} shown)`,
        p50_ms: percentile(fuzzy, 50),
        p95_ms: percentile(fuzzy, 95),
        baseline_ms: percentile(plain, 50),
        ratio: percentile(fuzzy, 50) / Math.max(percentile(plain, 50), 0.001),
      });
    }
    report('claim-picker', rows, { count: COUNT, runs: RUNS, baseline: 'folded substring filter, every word contained' });
  }, 300_000);
});
