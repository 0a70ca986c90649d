import { defineConfig } from 'vitest/config';
import { alias } from './electron.vite.config';

// `npm run bench [-- SECTION]`: measurements, never assertions on time; not part of `npm test`.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
