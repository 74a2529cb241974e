/**
 * Redis for tests. The shared tests use REDIS_URL (`.ci/run` starts a server and sets it); without
 * it they are skipped, with a message saying how to run them. Tests that stop and restart Redis
 * start a private redis-server of their own on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './free-port.ts';

export const REDIS_URL = process.env.REDIS_URL;
export const redisSkipReason = REDIS_URL ? undefined : 'Redis tests skipped: set REDIS_URL=redis://127.0.0.1:PORT to a running redis-server (bash .ci/run starts one for you).';
if (redisSkipReason) console.warn(redisSkipReason);

export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A redis-server of the test's own, without persistence, that the test may stop and start. */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const until = Date.now() + 5000;
    for (;;) {
      const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        break;
      } catch {
        probe.disconnect();
        if (Date.now() > until) throw new Error('redis-server did not start');
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  await start();
  return {
    url,
    start,
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
