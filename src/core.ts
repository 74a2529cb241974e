/**
 * Builds the conversation core from the content and interface strings on disk.
 * This is the only entry point adapters need: `createCore()` then `core.respond(inbound)`.
 */
import { createHash } from 'node:crypto';
import { findAnswer, type Catalog } from './content/catalog.ts';
import { TOPIC_IDS, type Lang, type TopicId } from './content/topic-ids.ts';
import { normalize } from './understand/normalize.ts';
import { loadContentOrThrow } from './content/load.ts';
import { defaultContentDir, defaultLocalesDir } from './content/paths.ts';
import { Composer } from './conversation/compose.ts';
import { respond, type CoreDeps } from './conversation/respond.ts';
import { loadStrings, type Strings } from './i18n.ts';
import { GROUP_BUCKET, MemoryRateLimiter, PERSON_BUCKET } from './limits/rate-limiter.ts';
import { MemorySessionStore } from './session/memory-store.ts';
import { sessionKeyer } from './session/session-key.ts';
import type { SessionStore } from './session/session.ts';
import { Understander } from './understand/understand.ts';
import type { Inbound, Reply, Turn } from './types.ts';

export interface CoreOptions {
  contentDir?: string;
  localesDir?: string;
  /** Where sessions live; in memory (30 minutes idle) unless given. */
  store?: SessionStore;
  /** Secret for session keys; instances that share a store must share it. Random when absent. */
  sessionSecret?: string;
  now?: () => number;
  /** Flood limits per person and per group; the defaults when absent, none when `false`. */
  limits?: CoreDeps['limits'] | false;
}

export interface Core {
  catalog: Catalog;
  strings: Strings;
  store: SessionStore;
  /** Replies with what was decided (topic, language, urgency). */
  respond(inbound: Inbound): Promise<Turn>;
  /** Just the replies. */
  handle(inbound: Inbound): Promise<Reply[]>;
  /** Deletes what is kept about one person in one chat (for example when they block the bot). */
  forget(who: Pick<Inbound, 'platform' | 'conversationId' | 'userId'>): Promise<void>;
  /**
   * A topic's general answer with its sources and nothing about anybody's conversation, for
   * posting where everyone can read it. Undefined for an unknown topic id.
   */
  generalAnswer(topic: string, lang: Lang): Reply[] | undefined;
  /** Topics matching what someone is typing (label, title or summary), for autocomplete. */
  suggestTopics(typed: string, lang: Lang): { topic: TopicId; label: string }[];
}

/** Loads and validates content (throwing ContentInvalidError when it is broken) and builds the core. */
export async function createCore(options: CoreOptions = {}): Promise<Core> {
  const catalog = loadContentOrThrow(options.contentDir ?? defaultContentDir());
  const strings = await loadStrings(options.localesDir ?? defaultLocalesDir());
  const deps: CoreDeps = {
    catalog,
    strings,
    understander: understanderFor(catalog),
    composer: new Composer(catalog, (lang) => strings.t(lang)('language_name'), strings.languages),
    store: options.store ?? new MemorySessionStore(options.now ? { now: options.now } : {}),
    key: sessionKeyer(options.sessionSecret),
    now: options.now ?? Date.now,
  };
  if (options.limits !== false) {
    deps.limits = options.limits ?? {
      person: new MemoryRateLimiter(PERSON_BUCKET, deps.now),
      group: new MemoryRateLimiter(GROUP_BUCKET, deps.now),
    };
  }
  return {
    catalog,
    strings,
    store: deps.store,
    respond: (inbound) => respond(inbound, deps),
    handle: async (inbound) => (await respond(inbound, deps)).replies,
    forget: (who) => deps.store.delete(deps.key(who)),
    generalAnswer: (topic, lang) => {
      if (!(TOPIC_IDS as readonly string[]).includes(topic)) return undefined;
      const replies = deps.composer.answer(topic as TopicId, 'main', lang, strings.t(lang));
      return replies.filter((r) => r.kind !== 'choices');
    },
    suggestTopics: (typed, lang) => {
      const needle = normalize(typed).trim();
      return catalog.order
        .filter((topic) => catalog.topics.get(topic)?.menu !== 'none')
        .map((topic) => ({ topic, answer: findAnswer(catalog, topic, lang).answer }))
        .filter(({ answer }) => !needle || [answer.label, answer.title, answer.summary].some((s) => normalize(s).includes(needle)))
        .map(({ topic, answer }) => ({ topic, label: answer.label }));
    },
  };
}

/**
 * Training the classifiers on every language's example phrasings takes a second or two; a process
 * that builds several cores from the same content (tests, shards in one process) trains once.
 */
const understanders = new Map<string, Understander>();
function understanderFor(catalog: Catalog): Understander {
  const fingerprint = createHash('sha256');
  fingerprint.update(JSON.stringify([...catalog.topics]));
  for (const [lang, byTopic] of catalog.answers) for (const [topic, a] of byTopic) fingerprint.update(`${lang}\u0000${topic}\u0000${a.examples.join('\u0001')}\u0002`);
  const key = fingerprint.digest('base64');
  let understander = understanders.get(key);
  if (!understander) {
    understander = new Understander(catalog);
    understanders.set(key, understander);
  }
  return understander;
}

/** The design's `handle(inbound, deps) → Reply[]`, for callers that build their own deps. */
export async function handle(inbound: Inbound, deps: CoreDeps): Promise<Reply[]> {
  return (await respond(inbound, deps)).replies;
}

export type { CoreDeps } from './conversation/respond.ts';
export type { Inbound, Reply, Turn } from './types.ts';
