import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebHostProcess {
  url: string;
  origin: string;
  token: string;
  dir: string;
  projectPath: string;
  child: ChildProcess;
}

/** Starts the built browser host on a fresh project and waits for the URL it prints. */
export async function startHost(projectPath?: string): Promise<WebHostProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const path = projectPath ?? join(dir, 'e2e.dossier');
  const child = spawn(process.execPath, ['out/main/web.js', '--db', path], {
    env: { ...process.env, DOSSIER_HOME: dir, DOSSIER_CHECK_OUTPUTS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`web host did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`web host exited with ${code}: ${out}`)));
  });
  const u = new URL(url);
  return { url, origin: u.origin, token: u.searchParams.get('token')!, dir, projectPath: path, child };
}

export async function stopHost(h: WebHostProcess): Promise<void> {
  await new Promise<void>((ok) => {
    h.child.once('exit', () => ok());
    h.child.kill('SIGTERM');
  });
  rmSync(h.dir, { recursive: true, force: true });
}

export const SHOTS = 'screenshots';
mkdirSync(SHOTS, { recursive: true });

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

export const test = base.extend<{ host: WebHostProcess }>({
  host: async ({}, use) => {
    const h = await startHost();
    await use(h);
    await stopHost(h);
  },
});
export { expect } from '@playwright/test';
