/** Message-id de-duplication in Redis: SET NX is atomic, so two instances never both answer. */
import type { Redis } from 'ioredis';
import type { Deduper } from '../limits/dedupe.ts';

export class RedisDeduper implements Deduper {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
  ) {}

  async firstTime(id: string): Promise<boolean> {
    return (await this.redis.set(`kyr:d:${id}`, '1', 'PX', this.ttlMs, 'NX')) === 'OK';
  }
}
