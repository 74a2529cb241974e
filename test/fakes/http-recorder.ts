/**
 * A tiny HTTP server on 127.0.0.1 that records every request and answers through a handler:
 * the base of the fake platform APIs. It binds to a free port and closes its keep-alive
 * connections on close, so tests never wait on a lingering socket.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Answer = { status?: number; json?: unknown; text?: string };
export type Handler = (request: Recorded) => Answer | Promise<Answer>;

export interface FakeServer {
  /** The Node server, for protocols that upgrade (the fake Discord gateway). */
  http: Server;
  url: string;
  port: number;
  calls: Recorded[];
  /** Resolves when a recorded call satisfies the predicate (including calls already made). */
  waitFor(predicate: (call: Recorded) => boolean, timeoutMs?: number): Promise<Recorded>;
  close(): Promise<void>;
}

export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const calls: Recorded[] = [];
  const waiters: { predicate: (c: Recorded) => boolean; resolve: (c: Recorded) => void }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        // not JSON: keep the text
      }
      const call: Recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
      calls.push(call);
      for (const w of [...waiters]) {
        if (w.predicate(call)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(call);
        }
      }
      Promise.resolve(handler(call)).then(
        (answer) => {
          res.writeHead(answer.status ?? 200, { 'content-type': answer.json !== undefined ? 'application/json' : 'text/plain' });
          res.end(answer.json !== undefined ? JSON.stringify(answer.json) : answer.text ?? '');
        },
        () => res.writeHead(500).end('fake failed'),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    http: server,
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    waitFor(predicate, timeoutMs = 5000) {
      const done = calls.find(predicate);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the expected call never came')), timeoutMs);
        waiters.push({ predicate, resolve: (c) => { clearTimeout(timer); resolve(c); } });
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
