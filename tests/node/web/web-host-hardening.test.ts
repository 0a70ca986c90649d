import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { startWebHost, type WebHost } from '../../../src-main/web/server';
import { privateBuild } from '../../helpers/built-app';
import { tempDir } from '../../helpers/temp-project';

let host: WebHost | undefined;
const logged: string[] = [];
afterEach(async () => {
  await host?.close();
  host = undefined;
  logged.length = 0;
});

async function start(): Promise<{ h: WebHost; dir: string; home: string }> {
  const dir = tempDir();
  const home = join(dir, 'home');
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  const log = { error: (m: string, e?: unknown) => logged.push(`${m} ${String(e)}`), info: () => {} };
  host = await startWebHost({ projectPath: join(dir, 'projects', 'w.dossier'), dataDir: home, staticDir, log });
  return { h: host, dir, home };
}

function raw(h: WebHost, path: string, method = 'POST', body?: Buffer | string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: h.port, path, method, headers: { Authorization: `Bearer ${h.token}` } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => ok({ status: res.statusCode!, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const call = async (h: WebHost, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> =>
  JSON.parse((await raw(h, `/api/${name}`, 'POST', JSON.stringify(input))).body);

describe('the browser host keeps files to its folders', () => {
  it('refuses paths outside the project folder and its exports folder, links included; allows those inside', async () => {
    const { h, dir, home } = await start();
    const outside = join(dir, 'elsewhere');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    const project = join(dir, 'projects');
    const imported = await call(h, 'documents.import', { items: [{ kind: 'text', text: 'Title: T\n\nSome text here.', name: 't.txt' }], overrides: {} });
    expect(imported.ok).toBe(true);

    const refused: [string, unknown][] = [
      ['documents.import', { items: [{ kind: 'path', path: '/etc/passwd' }], overrides: {} }],
      ['documents.import', { items: [{ kind: 'path', path: join(project, 'anything.txt') }], overrides: {} }],
      ['export.run', { format: 'md', scope: { kind: 'project' }, path: join(outside, 'x.md'), overwrite: true }],
      ['export.run', { format: 'md', scope: { kind: 'project' }, path: join(project, '..', 'elsewhere', 'x.md'), overwrite: true }],
      ['export.importProject', { path: '/etc/passwd' }],
      ['project.backup', { path: join(outside, 'b.dossier') }],
      ['project.restore', { path: join(outside, 'secret.txt') }],
    ];
    symlinkSync(outside, join(project, 'link-out'));
    refused.push(['export.run', { format: 'md', scope: { kind: 'project' }, path: join(project, 'link-out', 'x.md'), overwrite: true }]);
    symlinkSync(join(outside, 'secret.txt'), join(project, 'secret-link.txt'));
    refused.push(['export.run', { format: 'csv', scope: { kind: 'project' }, path: join(project, 'secret-link.txt'), overwrite: true }]);
    for (const [name, input] of refused) {
      const r = await call(h, name, input);
      expect(r, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    expect(existsSync(join(outside, 'x.md')) || existsSync(join(outside, 'b.dossier'))).toBe(false);

    for (const path of [join(project, 'exports', 'notes.md'), join(home, 'exports', 'notes.md')]) {
      const r = await call(h, 'export.run', { format: 'md', scope: { kind: 'project' }, path, overwrite: false });
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    expect((await call(h, 'project.backup', { path: join(project, 'copy.dossier') })).ok).toBe(true);
    expect((await call(h, 'project.restore', { path: join(project, 'copy.dossier') })).ok).toBe(true);
  });
});

describe('the browser host answers hostile requests cleanly', () => {
  it('malformed %-encoding is a 400, not a 500 with a stack trace in the log', async () => {
    const { h } = await start();
    for (const path of ['/%E0%A4%A', '/%', '/assets/%zz.js', '/%C0%AF']) {
      const r = await raw(h, path, 'GET');
      expect(r.status, path).toBe(400);
    }
    expect(logged).toEqual([]);
  });

  it('a body over the limit is answered 413 (the connection is not dropped)', async () => {
    const { h } = await start();
    const big = Buffer.alloc(81 * 1024 * 1024, 0x20);
    const r = await raw(h, '/api/project.info', 'POST', big);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /over 80 MB/ } });
    // The host still answers.
    expect((await call(h, 'project.info', {})).ok).toBe(true);
  }, 60_000);

  it('an XXE, an entity expansion or entity count over the limits in a .qdpx is invalid input, not an internal error', async () => {
    const { h, dir } = await start();
    const project = join(dir, 'projects');
    const head = '<?xml version="1.0"?><!DOCTYPE p [';
    const cases = {
      xxe: `${head}<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>`,
      expansion: `${head}<!ENTITY a "${'x'.repeat(1000)}">]><Project xmlns="urn:QDA-XML:project:1.0" name="x">${'&a;'.repeat(20_000)}</Project>`,
      entities: `${head}${Array.from({ length: 2000 }, (_, i) => `<!ENTITY e${i} "v">`).join('')}]><Project xmlns="urn:QDA-XML:project:1.0" name="x">&e1;</Project>`,
    };
    for (const [name, xml] of Object.entries(cases)) {
      const file = join(project, `${name}.qdpx`);
      writeFileSync(file, zipSync({ 'project.qde': strToU8(xml) }));
      const r = await call(h, 'export.importProject', { path: file });
      expect(r.ok, name).toBe(false);
      expect(r.error!.code, `${name}: ${r.error!.message}`).toBe('invalid-input');
      expect(r.error!.message).not.toContain('root:');
    }
    expect(logged).toEqual([]);
  });
});

describe('dossier web arguments', () => {
  let build: ReturnType<typeof privateBuild> | undefined;
  beforeAll(() => void (build = privateBuild('web-args')), 300_000);
  afterAll(() => build?.remove());

  it('--port -1 (and other bad ports) is a one-line usage error with exit 2, no stack trace', () => {
    const home = tempDir();
    for (const args of [['--port', '-1'], ['--port=-1'], ['--port', 'abc'], ['--port', '70000'], ['--bogus']]) {
      const r = spawnSync(process.execPath, [build!.web, ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_HOME: home }, timeout: 30_000 });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^dossier web: .*\nusage: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
