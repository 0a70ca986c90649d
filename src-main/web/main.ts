import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkOutputs } from '../core/dispatch';
import { defaultProjectPath, RecentProjects } from '../core/session';
import { nodeHostPorts } from '../node-host/ports';
import { startWebHost } from './server';

// `npm run web`: the same UI and API as the desktop app, served on 127.0.0.1.
const USAGE = 'usage: dossier web [--db PATH] [--port 0-65535]';
const usageError = (message: string): never => {
  console.error(`dossier web: ${message}\n${USAGE}`);
  process.exit(2);
};
let values: { db?: string; port?: string } = {};
try {
  ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true }));
} catch (err) {
  // `--port -1` reads as an option: one line saying so, no stack trace.
  usageError((err as Error).message.split('\n')[0]!);
}
const ports = nodeHostPorts(process.env);
const projectPath = values.db ?? defaultProjectPath(ports.dataDir);
const port = values.port !== undefined && /^\d+$/.test(values.port.trim()) ? Number(values.port) : values.port === undefined ? 0 : -1;
if (port < 0 || port > 65535) usageError(`--port must be a number from 0 to 65535 (got "${values.port}")`);
// The end-to-end tests ask for every answer to be checked against the contract.
checkOutputs(process.env.DOSSIER_CHECK_OUTPUTS === '1');

try {
  const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const host = await startWebHost({ ...ports, projectPath, port, staticDir, recent: new RecentProjects(ports.dataDir) });
  console.log(`Dossier (browser host) project: ${projectPath}`);
  console.log(`Dossier is running at ${host.url}`);
  const stop = (): void => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`dossier web: ${(err as Error).message}`);
  process.exit(1);
}
