/**
 * Sessions in this process's memory, each forgotten after an idle period. Expired entries are
 * dropped when read and by a periodic sweep, so memory stays bounded by the active conversations.
 */
import { DEFAULT_SESSION_IDLE_MS, type Session, type SessionStore } from './session.ts';

export interface MemoryStoreOptions {
  idleMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** A session is a flat record with one list; a shallow copy keeps callers from sharing state. */
const copy = (s: Session): Session => ({ ...s, ...(s.menu && { menu: [...s.menu] }) });

export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, { session: Session; expires: number }>();
  private readonly idleMs: number;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(options: MemoryStoreOptions = {}) {
    this.idleMs = options.idleMs ?? DEFAULT_SESSION_IDLE_MS;
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.idleMs, 60_000));
    this.sweeper.unref();
  }

  async get(key: string): Promise<Session | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return copy(entry.session);
  }

  async set(key: string, session: Session, ttlMs = this.idleMs): Promise<void> {
    this.entries.set(key, { session: copy(session), expires: this.now() + ttlMs });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  /** How many sessions are held, for metrics and tests. */
  get size(): number {
    return this.entries.size;
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
  }
}
