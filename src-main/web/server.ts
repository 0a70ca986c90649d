import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isApiCall, type ApiEvent } from '@common/api/calls';
import { changeNotice } from '@common/api/invalidation';
import type { ErrorCode } from '@common/api/errors';
import { CONTENT_SECURITY_POLICY } from '@common/security/csp';
import { dispatch } from '../core/dispatch';
import { openLastSession, openSession, type Session, type SessionPorts } from '../core/session';
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

/** The session's ports but events, which the host sends to its pages itself (SSE). */
export interface WebHostOptions extends Omit<SessionPorts, 'emit'> {
  /** The project to open; absent, the one opened last (ports.recent), else the default one. */
  projectPath?: string;
  staticDir: string;
  port?: number;
  token?: string;
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

const failure = (code: ErrorCode, message: string): string => JSON.stringify({ ok: false, error: { code, message } });

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
  const { projectPath, staticDir, port: wantedPort, token: givenToken, ...ports } = opts;
  const token = givenToken ?? newToken();
  // Each page's event stream, by the id the page sends with its calls (X-Dossier-Client).
  const listeners = new Map<ServerResponse, string | null>();
  const emit = (name: ApiEvent, payload: unknown, exceptClient?: string): void => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const [res, client] of listeners) if (!exceptClient || client !== exceptClient) res.write(frame);
  };
  // Automatic backups unless the caller says otherwise: the browser host is the app.
  const sessionPorts = { autoBackups: {}, ...ports, emit };
  const session = projectPath
    ? openSession(projectPath, sessionPorts)
    : openLastSession(sessionPorts, (err, path) => ports.log?.error(`cannot reopen ${path}: ${err.message}; opening the default project`));
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
        if (!verdict.ok) return send(res, verdict.status, failure('forbidden', verdict.message));
        if (url.pathname === '/api/events' && req.method === 'GET') {
          res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
          res.write(': connected\n\n');
          listeners.set(res, url.searchParams.get('client'));
          req.on('close', () => listeners.delete(res));
          return;
        }
        const name = url.pathname.slice('/api/'.length);
        if (req.method !== 'POST') return send(res, 405, failure('invalid-input', 'use POST'));
        if (!isApiCall(name)) return send(res, 404, failure('unknown-call', `unknown call "${name}"`));
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (err) {
          return send(res, 400, failure('invalid-input', `bad request body: ${(err as Error).message}`));
        }
        const result = await dispatch(session, name, input);
        send(res, 200, JSON.stringify(result));
        // The other pages refetch what this write changed; the caller knows already.
        const notice = changeNotice(name, input, result);
        const client = req.headers['x-dossier-client'];
        if (notice) emit('data.changed', notice, typeof client === 'string' ? client : undefined);
        return;
      }
      const verdict = guardStatic(req.headers.host, port);
      if (!verdict.ok) return send(res, verdict.status, verdict.message, 'text/plain');
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain');
      serveStatic(res, staticDir, url.pathname);
    })().catch((err: unknown) => {
      session.project.log.error('request failed', err);
      if (!res.headersSent) send(res, 500, failure('internal', 'internal error'));
    });
  });

  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      // Loopback only, never a wildcard address.
      server.listen(wantedPort ?? 0, '127.0.0.1', () => ok());
    });
  } catch (err) {
    await session.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    session,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((ok) => {
        for (const res of listeners.keys()) res.end();
        server.close(() => void session.close().finally(ok));
        server.closeAllConnections();
      }),
  };
}
