/**
 * Where shared state lives: in this process's memory, or, with REDIS_URL, in Redis so that several
 * instances behind a load balancer behave as one (sessions, webhook de-duplication, flood limits).
 */
import type { Redis } from 'ioredis';
import { DEFAULT_DEDUPE_TTL_MS as DEDUPE_TTL_MS, MemoryDeduper, type Deduper } from '../../src/limits/dedupe.ts';
import { GROUP_BUCKET, MemoryRateLimiter, PERSON_BUCKET, type RateLimiter } from '../../src/limits/rate-limiter.ts';
import type { Logger } from '../../src/log.ts';
import { connectRedis, redisReady } from '../../src/redis/connection.ts';
import { RedisDeduper } from '../../src/redis/deduper.ts';
import { Degradation, failOpenDeduper, failOpenLimiter, failOpenStore } from '../../src/redis/fail-open.ts';
import { RedisRateLimiter } from '../../src/redis/rate-limiter.ts';
import { RedisSessionStore } from '../../src/redis/session-store.ts';
import { MemorySessionStore } from '../../src/session/memory-store.ts';
import type { SessionStore } from '../../src/session/session.ts';

export interface SharedState {
  kind: 'memory' | 'redis';
  store: SessionStore;
  deduper: Deduper;
  limits: { person: RateLimiter; group: RateLimiter };
  /** Whether the state answers right now (Redis reachable). */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export function memoryState(): SharedState {
  const store = new MemorySessionStore();
  return {
    kind: 'memory',
    store,
    deduper: new MemoryDeduper(DEDUPE_TTL_MS),
    limits: { person: new MemoryRateLimiter(PERSON_BUCKET), group: new MemoryRateLimiter(GROUP_BUCKET) },
    healthy: async () => true,
    close: async () => store.close(),
  };
}

export async function redisState(url: string, logger: Logger, redis: Redis = connectRedis(url, logger)): Promise<SharedState> {
  // At start-up Redis must answer: a misconfigured URL is an error, not a silent degradation.
  await redisReady(redis);
  const degradation = new Degradation();
  return {
    kind: 'redis',
    store: failOpenStore(new RedisSessionStore(redis), degradation),
    deduper: failOpenDeduper(new RedisDeduper(redis, DEDUPE_TTL_MS), degradation),
    limits: {
      person: failOpenLimiter(new RedisRateLimiter(redis, 'person', PERSON_BUCKET), degradation),
      group: failOpenLimiter(new RedisRateLimiter(redis, 'group', GROUP_BUCKET), degradation),
    },
    healthy: async () => {
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
