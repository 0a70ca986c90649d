import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// One alias for the shared layer, the same in every build and in vitest (tsconfig.base.json `paths`).
export const alias = { '@common': resolve('src-main/common') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          main: resolve('src-main/electron/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
          web: resolve('src-main/web/main.ts'),
          // Worker threads, started by path from every host: the import's (see extract-off-thread.ts)
          // and the one of a long job: export, backup (see workers/run-job.ts).
          'extract-worker': resolve('src-main/core/import/extract-worker.ts'),
          'job-worker': resolve('src-main/core/workers/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    resolve: { alias },
    publicDir: resolve('resources/public'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
