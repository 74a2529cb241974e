/**
 * Sessions in Redis, shared by every instance. Keys are the core's keyed hashes under a prefix;
 * every key has a TTL, so nothing outlives its idle time even if nobody ever deletes it.
 */
import type { Redis } from 'ioredis';
import { DEFAULT_SESSION_IDLE_MS, type Session, type SessionStore } from '../session/session.ts';

const PREFIX = 'kyr:s:';

export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly idleMs = DEFAULT_SESSION_IDLE_MS,
  ) {}

  async get(key: string): Promise<Session | undefined> {
    const raw = await this.redis.get(PREFIX + key);
    return raw ? (JSON.parse(raw) as Session) : undefined;
  }

  async set(key: string, session: Session, ttlMs = this.idleMs): Promise<void> {
    await this.redis.set(PREFIX + key, JSON.stringify(session), 'PX', ttlMs);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(PREFIX + key);
  }
}
