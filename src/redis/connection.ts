/**
 * The Redis connection shared by the session store, de-duplication and rate limits. Commands fail
 * fast while Redis is away (no offline queue), so the bot keeps answering without it, and the
 * client reconnects by itself when Redis returns.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../log.ts';

export function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    // Reconnect forever, backing off to one attempt every 2 seconds.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn({ event: 'redis_unavailable', name: error.name }, 'Redis is unreachable; answering without shared state');
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.info({ event: 'redis_recovered' }, 'Redis is back');
    down = false;
  });
  return redis;
}

/** Resolves once the first connection is up, or rejects after `timeoutMs`. */
export function redisReady(redis: Redis, timeoutMs = 5000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
