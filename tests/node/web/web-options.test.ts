import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import { addressPrinted } from '../../helpers/host-output';
import { tempDir } from '../../helpers/temp-project';

// `npm run web` options a user types: a bad port, and --print-url for a tab whose token is old.

const web = (args: string[], home: string) =>
  spawnSync(process.execPath, ['out/main/web.js', ...args], { env: { ...process.env, DOSSIER_HOME: home }, encoding: 'utf8' });

describe('npm run web options', () => {
  it('a bad --port or an unknown option is a one-line usage error, not a stack trace', () => {
    ensureBuilt();
    for (const args of [['--port', '-1'], ['--port', '70000'], ['--port', 'x'], ['--nope']]) {
      const r = web(args, tempDir());
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^dossier web: .+\nusage: npm run web/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--print-url prints the running host address, and says so when none runs', async () => {
    ensureBuilt();
    const home = tempDir();
    const none = web(['--print-url'], home);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no browser host is running');

    const child = spawn(process.execPath, ['out/main/web.js'], { env: { ...process.env, DOSSIER_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const { url } = await addressPrinted(child);
      const printed = web(['--print-url'], home);
      expect(printed.status).toBe(0);
      expect(printed.stdout.trim()).toBe(url);
    } finally {
      await new Promise((ok) => {
        child.once('exit', ok);
        child.kill('SIGTERM');
      });
    }
    // A host that stopped leaves no address behind.
    expect(web(['--print-url'], home).status).toBe(1);
  });
});
