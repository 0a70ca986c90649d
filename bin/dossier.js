#!/usr/bin/env node
// The CLI is bundled by `npm run build` into out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('dossier: the CLI is not built yet; run `npm run build` first');
  process.exit(1);
}
await import(entry.href);
