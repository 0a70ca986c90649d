// `npm run web`: build what is missing, then serve the UI and API on 127.0.0.1.
import { spawn } from 'node:child_process';
import { ensureBuilt } from './ensure-built.js';

ensureBuilt();
const child = spawn(process.execPath, ['out/main/web.js', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
