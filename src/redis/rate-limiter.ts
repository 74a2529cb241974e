/**
 * Token buckets in Redis, one small Lua script per take so that instances share each bucket
 * atomically. The script uses Redis's clock, so instances with skewed clocks agree.
 */
import type { Redis } from 'ioredis';
import type { BucketOptions, RateLimiter, Verdict } from '../limits/rate-limiter.ts';

// KEYS[1] bucket; ARGV[1] capacity, ARGV[2] refill per ms. Returns 0 ok, 1 warn, 2 drop.
const TAKE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'warned')
local tokens = tonumber(b[1]) or capacity
local at = tonumber(b[2]) or now
local warned = b[3] == '1'
tokens = math.min(capacity, tokens + (now - at) * rate)
local verdict = 0
if tokens >= 1 then
  tokens = tokens - 1
  warned = false
elseif warned then
  verdict = 2
else
  verdict = 1
  warned = true
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now), 'warned', warned and '1' or '0')
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate) + 1000)
return verdict
`;

const VERDICTS: Verdict[] = ['ok', 'warn', 'drop'];

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly name: string,
    private readonly options: BucketOptions,
  ) {}

  async take(key: string): Promise<Verdict> {
    const verdict = (await this.redis.eval(TAKE, 1, `kyr:r:${this.name}:${key}`, this.options.capacity, this.options.refillPerSecond / 1000)) as number;
    return VERDICTS[verdict] ?? 'ok';
  }
}
