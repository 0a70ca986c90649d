import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isApiCall, type ApiEvent } from '@common/api/calls';
import { scheduleAutoBackups } from '../core/backup/auto-backup';
import { dispatch } from '../core/dispatch';
import { createProject, Session, type ProjectPorts } from '../core/session';
import { CONTENT_SECURITY_POLICY } from '@common/security/csp';
import { guardApi, guardStatic, newToken } from './guard';

const MAX_BODY = 80 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface WebHostOptions {
  projectPath: string;
  dataDir: string;
  staticDir: string;
  port?: number;
  token?: string;
  log?: ProjectPorts['log'];
}

export interface WebHost {
  server: Server;
  url: string;
  port: number;
  token: string;
  session: Session;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function serveStatic(res: ServerResponse, root: string, pathname: string): void {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = resolve(root, rel || 'index.html');
  if (!file.startsWith(resolve(root) + sep) && file !== resolve(root)) return send(res, 404, 'not found', 'text/plain');
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['Cache-Control'] = 'no-store';
  }
  res.writeHead(200, headers);
  res.end(readFileSync(file));
}

/** Serves the built renderer and the API on 127.0.0.1 only, behind a per-launch token. */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? newToken();
  const listeners = new Set<ServerResponse>();
  const emit = (name: ApiEvent, payload: unknown): void => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of listeners) res.write(frame);
  };
  const ports = { emit, log: opts.log, dataDir: opts.dataDir };
  const session = new Session(createProject(opts.projectPath, ports), ports);
  const autoBackups = scheduleAutoBackups(() => session.project);
  let port = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/api/')) {
        const verdict = guardApi(
          { host: req.headers.host, authorization: req.headers.authorization, queryToken: url.pathname === '/api/events' ? url.searchParams.get('token') : null },
          token,
          port,
        );
        if (!verdict.ok) return send(res, verdict.status, JSON.stringify({ ok: false, error: { code: 'forbidden', message: verdict.message } }));
        if (url.pathname === '/api/events' && req.method === 'GET') {
          res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
          res.write(': connected\n\n');
          listeners.add(res);
          req.on('close', () => listeners.delete(res));
          return;
        }
        const name = url.pathname.slice('/api/'.length);
        if (req.method !== 'POST') return send(res, 405, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'use POST' } }));
        if (!isApiCall(name)) return send(res, 404, JSON.stringify({ ok: false, error: { code: 'unknown-call', message: `unknown call "${name}"` } }));
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (err) {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: `bad request body: ${(err as Error).message}` } }));
        }
        const result = await dispatch(session, name, input);
        return send(res, 200, JSON.stringify(result));
      }
      const verdict = guardStatic(req.headers.host, port);
      if (!verdict.ok) return send(res, verdict.status, verdict.message, 'text/plain');
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
      serveStatic(res, opts.staticDir, url.pathname);
    })().catch((err: unknown) => {
      opts.log?.error('request failed', err);
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: 'internal error' } }));
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    // Loopback only, never a wildcard address.
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    session,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((ok) => {
        for (const res of listeners) res.end();
        server.close(() => {
          // The closing backup first (when the project changed), then the project.
          void autoBackups.stop().finally(() => {
            session.close();
            ok();
          });
        });
        server.closeAllConnections();
      }),
  };
}
