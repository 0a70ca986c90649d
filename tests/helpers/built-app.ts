import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBuilt } from '../../scripts/ensure-built.js';

/**
 * A private copy of the built main bundles (cli.js, web.js and their chunks): a rebuild of out/
 * by someone else mid-test must not change the binaries under a test. Call `remove` when done.
 */
export function privateBuild(tag: string): { dir: string; cli: string; web: string; remove(): void } {
  try {
    ensureBuilt();
  } catch (err) {
    // Another engineer's half-saved file can break a build; the last good build still serves.
    if (!existsSync('out/main/cli.js')) throw err;
  }
  const dir = resolve('node_modules/.cache', `dossier-${tag}-${process.pid}`);
  cpSync('out/main', dir, { recursive: true });
  return { dir, cli: join(dir, 'cli.js'), web: join(dir, 'web.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningWebHost {
  child: ChildProcess;
  url: URL;
  token: string;
  call(name: string, input?: unknown): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }>;
  stop(): Promise<void>;
}

/** Starts the built browser host on `db` in a child process and waits for its address. */
export async function spawnWebHost(web: string, db: string, home: string): Promise<RunningWebHost> {
  const child = spawn(process.execPath, [web, '--db', db], { env: { ...process.env, DOSSIER_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
  const text = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`no URL printed: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/running at http:\/\/\S+/.test(out)) {
        clearTimeout(timer);
        ok(out);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
  });
  const url = new URL(/running at (http:\/\/\S+)/.exec(text)![1]!);
  const token = url.searchParams.get('token')!;
  return {
    child,
    url,
    token,
    call: async (name, input = {}) => {
      const r = await fetch(new URL(`/api/${name}`, url), { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
      return { status: r.status, body: (await r.json()) as never };
    },
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
