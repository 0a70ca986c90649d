import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/ensure-built.js';
import { addressPrinted } from '../../helpers/host-output';
import { tempDir } from '../../helpers/temp-project';

const electronInstalled = existsSync(join('node_modules', 'electron', 'path.txt'));

describe('npm start without the Electron binary', () => {
  it.skipIf(electronInstalled)('says so in one line and serves the same UI and API on loopback', async () => {
    ensureBuilt();
    const home = tempDir();
    const child = spawn(process.execPath, ['scripts/start.js'], { env: { ...process.env, DOSSIER_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const { out } = await addressPrinted(child);
      const lines = out.trim().split('\n');
      expect(lines.filter((l) => /Electron's binary is not available/.test(l))).toHaveLength(1);
      const url = new URL(/running at (http:\/\/\S+)/.exec(out)![1]!);
      expect(url.hostname).toBe('127.0.0.1');
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const token = url.searchParams.get('token')!;
      const info = await fetch(new URL('/api/project.info', url), { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      const body = (await info.json()) as { ok: boolean; value: { path: string } };
      expect(body.ok).toBe(true);
      expect(body.value.path).toBe(join(home, 'default.dossier'));
      expect((await fetch(new URL('/api/project.info', url), { method: 'POST', body: '{}' })).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
