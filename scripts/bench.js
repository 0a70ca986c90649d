// `npm run bench [-- SECTION...]`: runs tests/bench/<section>.bench.ts (all when none is named),
// prints a table per section and writes JSON under bench-results/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const known = readdirSync('tests/bench').filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', ''));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((s) => !known.includes(s));
if (unknown.length) {
  console.error(`unknown bench section: ${unknown.join(', ')} (known: ${known.join(', ')})`);
  process.exit(2);
}
const files = (wanted.length ? wanted : known).map((s) => `tests/bench/${s}.bench.ts`);
const r = spawnSync('node_modules/.bin/vitest', ['run', '--config', 'vitest.bench.config.ts', '--reporter=dot', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
