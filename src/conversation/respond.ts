/**
 * The conversation core: one inbound message or button press in, the replies out.
 * Pure with respect to the outside world: it reads and writes only the session store it is given,
 * and sends nothing.
 */
import type { TFunction } from 'i18next';
import type { Catalog } from '../content/catalog.ts';
import type { Lang, TopicId } from '../content/topic-ids.ts';
import type { Strings } from '../i18n.ts';
import type { KeyFn } from '../session/session-key.ts';
import { GROUP_SETTINGS_TTL_MS, type Session, type SessionStore } from '../session/session.ts';
import type { RateLimiter } from '../limits/rate-limiter.ts';
import type { Understander } from '../understand/understand.ts';
import type { Inbound, NoticeKind, Reply, Turn } from '../types.ts';
import { parseAction, type Action } from './actions.ts';
import type { Composer, Part } from './compose.ts';
import { decideText } from './decide-text.ts';

export interface CoreDeps {
  catalog: Catalog;
  strings: Strings;
  understander: Understander;
  composer: Composer;
  store: SessionStore;
  key: KeyFn;
  now: () => number;
  /** Per person and per group flood limits; none when absent. */
  limits?: { person: RateLimiter; group: RateLimiter };
}

/** Follow-ups within this time of an urgent answer are treated as the same encounter. */
export const URGENT_WINDOW_MS = 15 * 60 * 1000;
/** Topics that are about the conversation itself, not a place to return to with "back". */
const NOT_A_PLACE: ReadonlySet<TopicId> = new Set(['start', 'language', 'fallback']);

export type Decision =
  | { do: 'answer'; topic: TopicId; part: Part }
  | { do: 'action'; action: Action }
  | { do: 'pick'; number: number };

/** A notice to show before the answer, resolved to text once the reply language is known. */
export interface PendingNotice {
  notice: NoticeKind;
  key: string;
  params?: Record<string, string | number>;
}

export async function respond(inbound: Inbound, deps: CoreDeps): Promise<Turn> {
  const key = deps.key(inbound);
  // A group's own settings live under a key of their own, with no person in it.
  const groupKey = inbound.chat === 'group' ? deps.key({ ...inbound, userId: '' }) : undefined;
  const [stored, group] = await Promise.all([deps.store.get(key), groupKey ? deps.store.get(groupKey) : undefined]);
  const before: Session = stored ?? {};
  const session: Session = { ...before };
  const groupLang = group?.lang;
  const notices: PendingNotice[] = [];
  let urgent = false;

  if (inbound.chat === 'group' && !inbound.addressed) return silence(replyLanguage(session, inbound, deps, groupLang), deps);

  const verdict = await floodVerdict(key, groupKey, deps);
  if (verdict !== 'ok') {
    const lang = replyLanguage(session, inbound, deps, groupLang);
    if (verdict === 'drop') return silence(lang, deps);
    const text = deps.strings.t(lang)('notice.slow_down');
    return { replies: [{ kind: 'notice', notice: 'slow-down', text }], topic: 'fallback', locale: lang, urgent: false, dir: deps.strings.dir(lang) };
  }

  if (inbound.unsupported) {
    const lang = replyLanguage(session, inbound, deps, groupLang);
    const t = deps.strings.t(lang);
    return { replies: [{ kind: 'notice', notice: 'text-only', text: t('notice.text_only') }, deps.composer.startMenu(lang, t)], topic: 'fallback', locale: lang, urgent: false, dir: deps.strings.dir(lang) };
  }

  let decision: Decision;
  if (inbound.action !== undefined) {
    const action = parseAction(inbound.action);
    if (action) decision = { do: 'action', action };
    else {
      notices.push({ notice: 'unknown-action', key: 'notice.unknown_action' });
      decision = { do: 'action', action: { kind: 'menu' } };
    }
  } else {
    const typed = decideText(inbound.text ?? '', session, deps);
    decision = typed.decision;
    notices.push(...typed.notices);
    urgent = typed.urgent;
  }

  if (decision.do === 'pick') {
    const id = session.menu?.[decision.number - 1];
    const action = id ? parseAction(id) : undefined;
    if (action) decision = { do: 'action', action };
    else {
      notices.push({ notice: 'no-option', key: 'notice.no_option', params: { number: decision.number } });
      decision = { do: 'action', action: { kind: 'menu' } };
    }
  }

  if (decision.do === 'action' && decision.action.kind === 'forget') {
    const lang = replyLanguage(before, inbound, deps, groupLang);
    // Say "deleted" only when it was: if the store cannot be reached, say so honestly.
    const deleted = await deps.store.delete(key).then(() => true, () => false);
    const [notice, text] = deleted ? (['forgotten', 'notice.forgotten'] as const) : (['forget-failed', 'notice.forget_failed'] as const);
    return { replies: [{ kind: 'notice', notice, text: deps.strings.t(lang)(text) }], topic: 'privacy', locale: lang, urgent: false, dir: deps.strings.dir(lang) };
  }
  if (decision.do === 'action' && decision.action.kind === 'language' && groupKey) {
    // In a group the language is the group's, and only its admins change it.
    if (!inbound.isAdmin) {
      notices.push({ notice: 'admin-only', key: 'notice.admin_only' });
      decision = { do: 'action', action: { kind: 'menu' } };
    } else if (decision.action.lang) {
      await deps.store.set(groupKey, { ...group, lang: decision.action.lang }, GROUP_SETTINGS_TTL_MS);
    }
  }
  if (decision.do === 'action' && decision.action.kind === 'language' && decision.action.lang) {
    session.lang = decision.action.lang;
    session.langChosen = true;
  }

  const lang = replyLanguage(session, inbound, deps, groupLang);
  session.lang ??= lang;
  const t = deps.strings.t(lang);
  const { replies, topic, part } = compose(decision, session, lang, t, deps, urgent, inbound.platform);
  urgent = part === 'urgent';

  const all: Reply[] = [...notices.map((n) => ({ kind: 'notice' as const, notice: n.notice, text: t(n.key, n.params) })), ...replies];
  if (!session.noticed && (topic === 'start' || !NOT_A_PLACE.has(topic))) {
    // After the answer, never before it: the first line a frightened person reads is what to do.
    all.splice(all.length - 1, 0, { kind: 'notice', notice: 'legal', text: t('notice.legal') });
    session.noticed = true;
  }
  const menu = all.findLast((r) => r.kind === 'choices');
  if (menu?.kind === 'choices') session.menu = menu.choices.map((c) => c.id);
  if (topic !== session.topic && !NOT_A_PLACE.has(topic)) {
    if (session.topic) session.previousTopic = session.topic;
    session.topic = topic;
  }
  if (urgent) session.urgentUntil = deps.now() + URGENT_WINDOW_MS;
  await deps.store.set(key, session);
  return { replies: all, topic, locale: lang, urgent, dir: deps.strings.dir(lang) };
}

interface Composed {
  replies: Reply[];
  topic: TopicId;
  /** Which part of the answer was sent, when an answer was sent. */
  part?: Part;
}

function compose(decision: Exclude<Decision, { do: 'pick' }>, session: Session, lang: Lang, t: TFunction, deps: CoreDeps, urgent: boolean, platform: Inbound['platform']): Composed {
  const { composer } = deps;
  const answer = (topic: TopicId, part: Part): Composed => {
    const replies = composer.answer(topic, part, lang, t, platform);
    if (topic === 'start') replies.splice(replies.length - 1, 1, composer.startMenu(lang, t));
    if (topic === 'language') replies.splice(replies.length - 1, 1, composer.languageMenu(t));
    if (topic === 'sources' && session.topic) replies.splice(replies.length - 1, 0, ...composer.sourcesOf(session.topic, lang, t));
    return { replies, topic, part };
  };
  if (decision.do === 'answer') return answer(decision.topic, decision.part);

  const a = decision.action;
  switch (a.kind) {
    case 'topic': {
      const inEncounter = urgent || (session.urgentUntil ?? 0) > deps.now();
      return answer(a.topic, inEncounter && deps.catalog.topics.get(a.topic)?.urgent ? 'urgent' : 'main');
    }
    case 'full': return answer(a.topic, 'main');
    case 'more': return answer(a.topic, 'more');
    case 'menu': return answer('start', 'main');
    case 'all': return { replies: [composer.allTopics(lang, t)], topic: 'start' };
    case 'back': return answer(session.previousTopic ?? 'start', 'main');
    case 'language':
      if (!a.lang) return answer('language', 'main');
      return {
        replies: [{ kind: 'text', text: t('notice.language_set', { language: t('language_name') }) }, composer.startMenu(lang, t)],
        topic: 'language',
      };
    case 'forget': return answer('privacy', 'main'); // handled before composing
  }
}

/** The language to reply in: the conversation's, else the group's, else the platform's hint, else English. */
export function replyLanguage(session: Session, inbound: Inbound, deps: CoreDeps, groupLang?: Lang): Lang {
  const available = deps.strings.languages;
  const hint = inbound.localeHint?.toLowerCase().split(/[-_]/)[0] as Lang | undefined;
  const wanted = session.lang ?? groupLang ?? (hint && available.includes(hint) ? hint : undefined);
  return wanted && available.includes(wanted) ? wanted : 'en';
}

async function floodVerdict(key: string, groupKey: string | undefined, deps: CoreDeps): Promise<'ok' | 'warn' | 'drop'> {
  if (!deps.limits) return 'ok';
  const person = await deps.limits.person.take(key);
  if (person !== 'ok') return person;
  return groupKey ? deps.limits.group.take(groupKey) : 'ok';
}

function silence(lang: Lang, deps: CoreDeps): Turn {
  return { replies: [], topic: null, locale: lang, urgent: false, dir: deps.strings.dir(lang) };
}
