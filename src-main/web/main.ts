import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkOutputs } from '../core/dispatch';
import { RecentProjects } from '../core/session';
import { nodeHostPorts } from '../node-host/ports';
import { readAddress, writeAddress } from './address-file';
import { startWebHost } from './server';

// `npm run web`: the same UI and API as the desktop app, served on 127.0.0.1.
const usage = 'usage: npm run web -- [--db PROJECT] [--port N] [--allow FOLDER]… | --print-url';
let values: { db?: string; port?: string; allow?: string[]; 'print-url'?: boolean };
try {
  ({ values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, allow: { type: 'string', multiple: true }, 'print-url': { type: 'boolean' } },
    strict: true,
  }));
} catch (err) {
  // Node's parser explains in several lines; one line and the usage say it.
  console.error(`dossier web: ${(err as Error).message.split('\n')[0]}\n${usage}`);
  process.exit(2);
}
// This entry sits beside the worker entries (extract-worker.js, job-worker.js) in the build.
const ports = { ...nodeHostPorts(process.env), workerDir: fileURLToPath(new URL('.', import.meta.url)) };

if (values['print-url']) {
  const running = readAddress(ports.dataDir);
  if (running) console.log(running.url);
  else console.error(`dossier web: no browser host is running for ${ports.dataDir}; start one with npm run web`);
  process.exit(running ? 0 : 1);
}

const port = values.port === undefined ? 0 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
if (!(port >= 0 && port <= 65535)) {
  console.error(`dossier web: --port must be a number from 0 to 65535\n${usage}`);
  process.exit(2);
}
// The end-to-end tests ask for every answer to be checked against the contract.
checkOutputs(process.env.DOSSIER_CHECK_OUTPUTS === '1');

try {
  mkdirSync(ports.dataDir, { recursive: true });
  const projectPath = values.db && resolve(values.db);
  // Pages may reach the data folder, the folder of a project given on the command line and
  // the folders the user allows; nothing else on the disk.
  const places = [...new Set([ports.dataDir, ...(projectPath ? [resolve(projectPath, '..')] : []), ...(values.allow ?? []).map((f) => resolve(f))])];
  const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const host = await startWebHost({ ...ports, projectPath, places, port, staticDir, recent: new RecentProjects(ports.dataDir) });
  const forget = writeAddress(ports.dataDir, host.url);
  console.log(`Dossier (browser host) project: ${host.session.project.path}`);
  console.log(`Dossier is running at ${host.url}`);
  const stop = (): void => {
    forget();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`dossier web: ${(err as Error).message}`);
  process.exit(1);
}
