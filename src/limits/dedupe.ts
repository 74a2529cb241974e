/**
 * Remembers which platform message ids were already answered, so a webhook the platform retries
 * is answered once. Keyed on the platform's message id, never on the text: a person may well send
 * the same words twice, and both deserve an answer.
 */
/**
 * How long an answered message id is remembered. Meta retries an unacknowledged webhook for up to
 * 7 days, but a message older than 24 hours is never answered anyway (WhatsApp's service window),
 * so a day and an hour covers every retry that could still be answered.
 */
export const DEFAULT_DEDUPE_TTL_MS = 25 * 60 * 60 * 1000;

export interface Deduper {
  /** True the first time an id is seen (and from then on remembers it), false after. */
  firstTime(id: string): Promise<boolean>;
}

export class MemoryDeduper implements Deduper {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async firstTime(id: string): Promise<boolean> {
    const now = this.now();
    const until = this.seen.get(id);
    if (until !== undefined && until > now) return false;
    this.seen.set(id, now + this.ttlMs);
    if (this.seen.size % 1024 === 0) for (const [key, t] of this.seen) if (t <= now) this.seen.delete(key);
    return true;
  }
}
