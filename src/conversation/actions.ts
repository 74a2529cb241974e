/**
 * Action ids carried by buttons. They are short ASCII strings well under Telegram's 64-byte
 * callback limit, and never carry anything the person typed.
 */
import { SUPPORTED_LANGUAGES, TOPIC_IDS, type Lang, type TopicId } from '../content/topic-ids.ts';

export type Action =
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'full'; topic: TopicId }
  | { kind: 'more'; topic: TopicId }
  | { kind: 'menu' }
  | { kind: 'all' }
  | { kind: 'back' }
  | { kind: 'language'; lang?: Lang }
  | { kind: 'forget' };

const isTopic = (s: string): s is TopicId => (TOPIC_IDS as readonly string[]).includes(s);
const isLang = (s: string): s is Lang => (SUPPORTED_LANGUAGES as readonly string[]).includes(s);

/** Parses an action id; undefined for anything unknown (a stale button, a forged callback). */
export function parseAction(id: string): Action | undefined {
  const [head, arg, ...rest] = id.split(':');
  if (rest.length) return undefined;
  switch (head) {
    case 't': return arg && isTopic(arg) ? { kind: 'topic', topic: arg } : undefined;
    case 'full': return arg && isTopic(arg) ? { kind: 'full', topic: arg } : undefined;
    case 'more': return arg && isTopic(arg) ? { kind: 'more', topic: arg } : undefined;
    case 'lang': return arg === undefined ? { kind: 'language' } : isLang(arg) ? { kind: 'language', lang: arg } : undefined;
    case 'menu': return arg === undefined ? { kind: 'menu' } : undefined;
    case 'all': return arg === undefined ? { kind: 'all' } : undefined;
    case 'back': return arg === undefined ? { kind: 'back' } : undefined;
    case 'forget': return arg === undefined ? { kind: 'forget' } : undefined;
    default: return undefined;
  }
}

export const actionId = {
  topic: (t: TopicId) => `t:${t}`,
  full: (t: TopicId) => `full:${t}`,
  more: (t: TopicId) => `more:${t}`,
  language: (l?: Lang) => (l ? `lang:${l}` : 'lang'),
  menu: 'menu',
  all: 'all',
  back: 'back',
  forget: 'forget',
} as const;
