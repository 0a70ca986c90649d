import { get, request } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecentProjects } from '../../../src-main/core/session';
import { guardApi } from '../../../src-main/web/guard';
import { startWebHost, type WebHost, type WebHostOptions } from '../../../src-main/web/server';
import { tempDir } from '../../helpers/temp-project';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(options: Partial<WebHostOptions> = {}): Promise<WebHost> {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  host = await startWebHost({ projectPath: join(dir, 'w.dossier'), dataDir: dir, staticDir, ...options });
  return host;
}

/** Listens to the event stream: `connected` once the host has it, then the first `count` events as "name data". */
function listen(h: WebHost, count: number, client = ''): { connected: Promise<void>; frames: Promise<string[]> } {
  let connected!: () => void;
  const ready = new Promise<void>((ok) => (connected = ok));
  const frames = new Promise<string[]>((ok, fail) => {
    get({ host: '127.0.0.1', port: h.port, path: `/api/events?token=${h.token}${client && `&client=${client}`}` }, (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
        if (text.startsWith(': connected')) connected();
        const found = [...text.matchAll(/event: (\S+)\ndata: (.*)\n\n/g)].map((m) => `${m[1]} ${m[2]}`);
        if (found.length >= count) {
          res.destroy();
          ok(found);
        }
      });
    }).on('error', fail);
  });
  return { connected: ready, frames };
}

function send(h: WebHost, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port: h.port, path, method: opts.method ?? 'POST', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => ok({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(opts.method === 'GET' ? undefined : (opts.body ?? '{}'));
  });
}

describe('browser host', () => {
  it('listens on the loopback address only', async () => {
    const h = await start();
    expect(h.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const h = await start();
    expect((await send(h, '/api/project.stats')).status).toBe(401);
    expect((await send(h, '/api/project.stats', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await send(h, `/api/project.stats?token=${h.token}`)).status).toBe(401);
  });

  it('answers 403 to a foreign Host header, even with the token', async () => {
    const h = await start();
    const r = await send(h, '/api/project.stats', { headers: { Host: 'evil.example:80', Authorization: `Bearer ${h.token}` } });
    expect(r.status).toBe(403);
    expect((await send(h, '/', { method: 'GET', headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('answers the API with the token and serves the page with a CSP', async () => {
    const h = await start();
    const r = await send(h, '/api/project.stats', { headers: { Authorization: `Bearer ${h.token}` } });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
    const bad = await send(h, '/api/outlets.create', { headers: { Authorization: `Bearer ${h.token}` }, body: '{"name": ""}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const page = await send(h, '/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    const traversal = await send(h, '/../../etc/passwd', { method: 'GET' });
    expect(traversal.body).not.toContain('root:');
  });

  it('opens its project through openSession: folders made, project remembered, closed in order', async () => {
    const dir = tempDir();
    const recent = new RecentProjects(dir);
    const projectPath = join(dir, 'new', 'folder', 'w.dossier');
    const h = await start({ projectPath, recent });
    expect(recent.list()).toEqual([projectPath]);
    const auth = { Authorization: `Bearer ${h.token}` };
    expect(JSON.parse((await send(h, '/api/themes.create', { headers: auth, body: '{"name": "Energy"}' })).body)).toMatchObject({ ok: true });
    const db = h.session.project.db;
    host = undefined;
    await h.close();
    expect(db.open).toBe(false);
    // The closing backup came before the database closed (automatic backups are on by default).
    expect(readdirSync(join(dir, 'new', 'folder', 'w.backups'))).toHaveLength(1);
  });

  it('tells its pages when the session switches project, and answers from the new one', async () => {
    const dir = tempDir();
    const h = await start({ projectPath: join(dir, 'a.dossier') });
    const auth = { Authorization: `Bearer ${h.token}` };
    await send(h, '/api/themes.create', { headers: auth, body: '{"name": "Energy"}' });
    const stream = listen(h, 1);
    await stream.connected;
    const other = join(dir, 'b.dossier');
    await h.session.open(other);
    expect(await stream.frames).toEqual([`project.changed ${JSON.stringify({ path: other, name: 'b' })}`]);
    const themes = JSON.parse((await send(h, '/api/themes.list', { headers: auth })).body);
    expect(themes).toEqual({ ok: true, value: [] });
  });

  it("tells its other pages which calls a write changed, and not the page that wrote", async () => {
    const h = await start();
    const auth = { Authorization: `Bearer ${h.token}` };
    const writer = listen(h, 1, 'page-a');
    const other = listen(h, 1, 'page-b');
    await Promise.all([writer.connected, other.connected]);
    const headers = { ...auth, 'X-Dossier-Client': 'page-a' };
    // A read and a refused write change nothing: no event for them.
    await send(h, '/api/themes.list', { headers });
    await send(h, '/api/themes.create', { headers, body: '{"name": ""}' });
    await send(h, '/api/themes.create', { headers, body: '{"name": "Energy"}' });
    const [frame] = await other.frames;
    expect(frame).toBe(`data.changed ${JSON.stringify({ calls: ['themes.list', 'project.info', 'project.stats'] })}`);
    // page-a hears of page-b's writes, not of its own.
    await send(h, '/api/settings.set', { headers: { ...auth, 'X-Dossier-Client': 'page-b' }, body: '{"key": "k", "value": "v"}' });
    expect(await writer.frames).toEqual([`data.changed ${JSON.stringify({ calls: ['settings.get'] })}`]);
  });

  it('guard: host before token', () => {
    expect(guardApi({ host: 'localhost:5', authorization: 'Bearer t' }, 't', 5)).toEqual({ ok: true });
    expect(guardApi({ host: '10.0.0.2:5', authorization: 'Bearer t' }, 't', 5)).toMatchObject({ status: 403 });
    expect(guardApi({ host: '127.0.0.1:5', authorization: undefined }, 't', 5)).toMatchObject({ status: 401 });
  });
});
