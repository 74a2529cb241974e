/**
 * What the bot remembers about one conversation, and nothing more: enough to resolve a
 * follow-up question, never what anybody wrote.
 */
import type { Lang, TopicId } from '../content/topic-ids.ts';

export interface Session {
  /** The language replies are written in. */
  lang?: Lang;
  /** Set by an explicit language choice; holds until the person clearly writes another language. */
  langChosen?: boolean;
  /** The topic of the last answer, for follow-ups ("what if they have a warrant?"). */
  topic?: TopicId;
  /** The topic before that, for "back". */
  previousTopic?: TopicId;
  /** Action ids of the last numbered options shown, so "2" picks the second. */
  menu?: string[];
  /** The "legal information, not legal advice" notice was shown in this conversation. */
  noticed?: boolean;
  /** Until when (ms since epoch) follow-ups count as part of an encounter happening now. */
  urgentUntil?: number;
}

export interface SessionStore {
  get(key: string): Promise<Session | undefined>;
  /** Saves the session and restarts its expiry: the store's idle time, or `ttlMs` when given. */
  set(key: string, session: Session, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** A group's settings (its default language) last this long after the last change or use. */
export const GROUP_SETTINGS_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Sessions end after this long without a message. */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60 * 1000;
