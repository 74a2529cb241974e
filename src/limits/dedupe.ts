/**
 * Remembers which platform message ids were already answered, so a webhook the platform retries
 * is answered once. Keyed on the platform's message id, never on the text: a person may well send
 * the same words twice, and both deserve an answer.
 */
/** Platforms retry a webhook for days; an id is remembered this long to answer it once. */
export const DEFAULT_DEDUPE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

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
