/**
 * The topic ids of the catalogue. They are a contract with the evaluation sets and the
 * batch interface: never rename or reuse one. `content/topics.yaml` must list every one.
 */
export const TOPIC_IDS = [
  'door', 'warrant', 'entered', 'street', 'car', 'work', 'arrest', 'silence', 'sign', 'donts',
  'identify', 'record', 'protest', 'detained', 'lawyer', 'hotline', 'plan', 'everyone', 'greencard',
  'border', 'sanctuary', 'courts', 'places', 'report', 'scams', 'start', 'language', 'privacy',
  'sources', 'out_of_scope', 'harmful', 'fallback',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** Topics that answer the conversation itself rather than a rights question; they need no sources. */
export const SOURCELESS_TOPICS: ReadonlySet<string> = new Set(['start', 'language', 'fallback']);

/** The languages the bot is built for (BCP 47 primary tags). */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'zh', 'ru', 'bn', 'ht', 'ko', 'ar', 'ur', 'fr', 'pl'] as const;
export type Lang = (typeof SUPPORTED_LANGUAGES)[number];
export const BASE_LANGUAGE: Lang = 'en';
