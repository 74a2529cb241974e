/**
 * Token buckets that keep one person, or one busy group, from flooding the bot (and the platform
 * from blocking it). When a bucket runs dry the bot says "please slow down" once, then stays
 * silent until the bucket has refilled.
 */

export type Verdict = 'ok' | 'warn' | 'drop';

export interface RateLimiter {
  /** Takes one token from the bucket under `key`. */
  take(key: string): Promise<Verdict>;
}

export interface BucketOptions {
  /** How many messages may arrive at once. */
  capacity: number;
  /** How many tokens come back per second. */
  refillPerSecond: number;
}

/** Defaults: a person may send 10 at once, then one every 2 seconds; a group 20, then 20 a minute. */
export const PERSON_BUCKET: BucketOptions = { capacity: 10, refillPerSecond: 0.5 };
export const GROUP_BUCKET: BucketOptions = { capacity: 20, refillPerSecond: 20 / 60 };

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; warned: boolean }>();

  constructor(
    private readonly options: BucketOptions,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<Verdict> {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.capacity, at: now, warned: false };
    bucket.tokens = Math.min(this.options.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.options.refillPerSecond);
    bucket.at = now;
    let verdict: Verdict;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      verdict = 'ok';
    } else {
      verdict = bucket.warned ? 'drop' : 'warn';
      bucket.warned = true;
    }
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.sweep(now);
    return verdict;
  }

  /** Full buckets carry no information; dropping them bounds memory. */
  private sweep(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.options.refillPerSecond >= this.options.capacity) this.buckets.delete(key);
    }
  }
}
