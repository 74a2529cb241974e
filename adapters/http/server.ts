/**
 * The bot's one HTTP server: webhook routes for the platforms that push to us. A handler that
 * throws gets a clean error answer; nothing a caller sends can crash the process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../src/log.ts';
import { HttpProblem } from './body.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export function createHttpServer(routes: ReadonlyMap<string, RouteHandler>, logger: Logger): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve()
      .then(() => route(req, res))
      .catch((error: unknown) => {
        const status = error instanceof HttpProblem ? error.status : 500;
        const message = error instanceof HttpProblem ? error.message : 'internal error';
        logger.warn({ event: 'http_rejected', path, status, reason: message }, 'request rejected');
        if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
        if (!res.writableEnded) res.end(message);
      });
  });
}

export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
