// `npm test`: everything CI runs. Type-check, lint, build, vitest, then Playwright in Chromium.
// Ends with one line: `tests: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const bin = (name) => `node_modules/.bin/${name}`;

function step(title, cmd, args, env = {}) {
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(title, cmd, args) {
  if (step(title, cmd, args)) passed++;
  else {
    failed++;
    console.log(`!! ${title} failed`);
  }
}

check('type-check', 'npm', ['run', '--silent', 'typecheck']);
check('lint', bin('eslint'), ['.']);
check('build', bin('electron-vite'), ['build']);

const VITEST_JSON = '.vitest-results.json';
rmSync(VITEST_JSON, { force: true });
const vitestOk = step('vitest (unit and integration)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
if (existsSync(VITEST_JSON)) {
  const r = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (vitestOk || r.numFailedTests > 0 ? 0 : 1);
} else failed++;

const PW_JSON = '.playwright-results.json';
rmSync(PW_JSON, { force: true });
const pwOk = step('end-to-end (Chromium)', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: PW_JSON });
if (existsSync(PW_JSON)) {
  const s = JSON.parse(readFileSync(PW_JSON, 'utf8')).stats;
  passed += s.expected + (s.flaky ?? 0);
  if (s.flaky) console.log(`!! ${s.flaky} end-to-end test(s) passed only on retry (flaky)`);
  failed += s.unexpected + (pwOk || s.unexpected > 0 ? 0 : 1);
} else failed++;

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
