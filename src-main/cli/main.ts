import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './index';

// This entry sits beside the worker entries (extract-worker.js, job-worker.js) in the build.
process.exitCode = await runCli(process.argv.slice(2), undefined, process.env, dirname(fileURLToPath(import.meta.url)));
