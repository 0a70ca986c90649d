// `npm start`: the Electron app; where Electron's binary is not installed, the browser host.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './ensure-built.js';

function electronBinary() {
  const dir = join('node_modules', 'electron');
  try {
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

ensureBuilt();
const bin = electronBinary();
const [cmd, args] = bin
  ? [bin, ['.', ...process.argv.slice(2)]]
  : (console.log("Electron's binary is not available on this machine: serving the same UI in your browser instead."),
    [process.execPath, ['out/main/web.js', ...process.argv.slice(2)]]);
const child = spawn(cmd, args, { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
