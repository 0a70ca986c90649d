import { defineConfig } from 'vitest/config';
import { alias } from './electron.vite.config';

// `npm run interop`: exports opened by the real tools (LibreOffice, pdflatex + bibtex, biber,
// xmllint, citeproc-js, the W3C schemas, CommonMark); prints a report per format and writes
// interop-results/report.json. Not part of `npm test`, which runs the light checks.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['tests/interop/**/*.interop.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
