import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataDir, defaultProjectPath } from '../core/util/paths';
import { startWebHost } from './server';

// `npm run web`: the same UI and API as the desktop app, served on 127.0.0.1.
const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' } },
  strict: true,
});
const dir = dataDir();
const projectPath = values.db ?? defaultProjectPath(dir);
mkdirSync(dirname(projectPath), { recursive: true });
const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dossier web: --port must be a number from 0 to 65535`);
  process.exit(2);
}

try {
  const host = await startWebHost({
    projectPath,
    dataDir: dir,
    port,
    staticDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    log: { error: (m, e) => console.error(m, e), info: (m) => console.log(m) },
  });
  console.log(`Dossier (browser host) project: ${projectPath}`);
  console.log(`Dossier is running at ${host.url}`);
  const stop = (): void => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`dossier web: ${(err as Error).message}`);
  process.exit(1);
}
