/**
 * When Redis is unreachable the bot keeps answering: a session read finds nothing (so a follow-up
 * loses its context), a write is skipped, de-duplication and rate limits let the message through.
 * Answering twice, or once too often, is better than not answering someone at their door.
 * Deleting is the exception: /forget must not claim a deletion that did not happen, so it throws.
 */
import type { Deduper } from '../limits/dedupe.ts';
import type { RateLimiter } from '../limits/rate-limiter.ts';
import type { Session, SessionStore } from '../session/session.ts';

export class Degradation {
  private failing = false;
  /** Whether the last Redis call failed. */
  get degraded(): boolean {
    return this.failing;
  }
  async attempt<T>(work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      const result = await work();
      this.failing = false;
      return result;
    } catch {
      this.failing = true;
      return fallback;
    }
  }
}

export function failOpenStore(store: SessionStore, state: Degradation): SessionStore {
  return {
    get: (key) => state.attempt<Session | undefined>(() => store.get(key), undefined),
    set: (key, session, ttl) => state.attempt(() => store.set(key, session, ttl), undefined),
    delete: (key) => store.delete(key),
  };
}

export function failOpenDeduper(deduper: Deduper, state: Degradation): Deduper {
  return { firstTime: (id) => state.attempt(() => deduper.firstTime(id), true) };
}

export function failOpenLimiter(limiter: RateLimiter, state: Degradation): RateLimiter {
  return { take: (key) => state.attempt(() => limiter.take(key), 'ok' as const) };
}
