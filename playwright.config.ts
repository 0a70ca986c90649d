import { defineConfig } from '@playwright/test';
import { OFFLINE_CHROMIUM_FLAGS } from './src-main/core/export/chromium-flags';

export const CHROMIUM_ARGS = OFFLINE_CHROMIUM_FLAGS;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  // One retry in CI, where a shared machine can stall a start-up; a test that needed it is
  // reported as flaky in the list, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
  },
});
