import { test as base, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addressPrinted } from '../helpers/host-output';

export interface WebHostProcess {
  url: string;
  origin: string;
  token: string;
  dir: string;
  projectPath: string;
  child: ChildProcess;
}

export interface HostOptions {
  /** The host's data folder (DOSSIER_HOME); a new one when absent. */
  home?: string;
  /** Start as `npm run web` does with no --db: the project opened last, else the default. */
  reopenLast?: boolean;
  /** The project to open (default: e2e.dossier in the data folder). */
  db?: string;
}

/** Starts the built browser host on a fresh project and waits for the URL it prints. */
export async function startHost(opts: HostOptions = {}): Promise<WebHostProcess> {
  const dir = opts.home ?? mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const path = opts.db ?? join(dir, 'e2e.dossier');
  const child = spawn(process.execPath, ['out/main/web.js', ...(opts.reopenLast ? [] : ['--db', path])], {
    env: { ...process.env, DOSSIER_HOME: dir, DOSSIER_CHECK_OUTPUTS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { url } = await addressPrinted(child, 20_000);
  const u = new URL(url);
  return { url, origin: u.origin, token: u.searchParams.get('token')!, dir, projectPath: path, child };
}

/** Stops the host; its data folder goes too unless `keepHome` (a restart follows). */
export async function stopHost(h: WebHostProcess, keepHome = false): Promise<void> {
  await new Promise<void>((ok) => {
    if (h.child.exitCode !== null) return ok();
    h.child.once('exit', () => ok());
    h.child.kill('SIGTERM');
  });
  if (!keepHome) rmSync(h.dir, { recursive: true, force: true });
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
