/**
 * What a typed message asks for: a command (/start, /forget …), a number picking an option of the
 * last menu, a word such as "more" or "menu", or a question for the understanding layer.
 */
import type { Session } from '../session/session.ts';
import { normalize } from '../understand/normalize.ts';
import type { Action } from './actions.ts';
import type { CoreDeps, Decision, PendingNotice } from './respond.ts';
import type { Lang } from '../content/topic-ids.ts';

/** Longer messages are read only up to here (and the person is told). */
export const MAX_TEXT_CHARS = 2000;

const COMMANDS: Record<string, (arg?: string) => Decision> = {
  start: () => ({ do: 'action', action: { kind: 'menu' } }),
  help: () => ({ do: 'action', action: { kind: 'menu' } }),
  menu: () => ({ do: 'action', action: { kind: 'menu' } }),
  forget: () => ({ do: 'action', action: { kind: 'forget' } }),
  privacy: () => ({ do: 'answer', topic: 'privacy', part: 'main' }),
  sources: () => ({ do: 'answer', topic: 'sources', part: 'main' }),
  topics: () => ({ do: 'action', action: { kind: 'all' } }),
  language: (arg) => ({ do: 'action', action: { kind: 'language', ...(arg && { lang: arg.toLowerCase().slice(0, 2) as Lang }) } }),
};

export function decideText(raw: string, session: Session, deps: CoreDeps): { decision: Decision; notices: PendingNotice[]; urgent: boolean } {
  const notices: PendingNotice[] = [];
  let text = raw.trim();
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    notices.push({ notice: 'too-long', key: 'notice.too_long' });
  }
  const plain = (decision: Decision) => ({ decision, notices, urgent: false });

  const command = /^\/([a-z_]+)(?:@\w+)?(?:\s+(\S+))?\s*$/i.exec(text);
  if (command) {
    const make = COMMANDS[command[1]!.toLowerCase()];
    const decision = make?.(command[2]);
    if (decision?.do === 'action' && decision.action.kind === 'language' && decision.action.lang && !deps.strings.languages.includes(decision.action.lang)) {
      return plain({ do: 'answer', topic: 'language', part: 'main' });
    }
    return plain(decision ?? { do: 'answer', topic: 'fallback', part: 'main' });
  }
  const number = /^#?(\d{1,2})\s*[.)]?$/.exec(text);
  if (number) return plain({ do: 'pick', number: Number(number[1]) });
  const word = typedWord(text, session, deps);
  if (word) return plain({ do: 'action', action: word });

  const u = deps.understander.understand(text, session, deps.now());
  if (u.requested) {
    session.lang = u.requested;
    session.langChosen = true;
    return plain({ do: 'action', action: { kind: 'language', lang: u.requested } });
  }
  // An explicit choice holds against a couple of ambiguous words, not against a clear message.
  if (u.writtenIn && u.writtenIn !== session.lang && !(session.langChosen && text.split(/\s+/).length < 3)) {
    session.lang = u.writtenIn;
    session.langChosen = false;
  }
  if (u.hypothetical && !u.urgent) delete session.urgentUntil;
  return { decision: { do: 'answer', topic: u.topic, part: u.urgent ? 'urgent' : 'main' }, notices, urgent: u.urgent };
}

/** "more", "back", "menu" typed as words, in the conversation's language or English. */
function typedWord(text: string, session: Session, deps: CoreDeps): Action | undefined {
  // These are short words; a long message is never one of them.
  if (text.length > 40) return undefined;
  const typed = normalize(text).replace(/[^\p{L}\p{M}\p{N} ]+/gu, '').trim();
  if (!typed) return undefined;
  for (const lang of new Set<Lang>([session.lang ?? 'en', 'en'])) {
    const words = commandWords(deps, lang);
    if (words.menu.has(typed)) return { kind: 'menu' };
    if (words.back.has(typed)) return { kind: 'back' };
    if (words.more.has(typed) && session.topic) return { kind: 'more', topic: session.topic };
  }
  return undefined;
}

const wordCache = new WeakMap<CoreDeps['strings'], Map<Lang, Record<'menu' | 'back' | 'more', Set<string>>>>();
/** The words of locales/<lang>.json "words", normalised once. */
function commandWords(deps: CoreDeps, lang: Lang): Record<'menu' | 'back' | 'more', Set<string>> {
  let byLang = wordCache.get(deps.strings);
  if (!byLang) wordCache.set(deps.strings, (byLang = new Map()));
  let words = byLang.get(lang);
  if (!words) {
    const t = deps.strings.t(lang);
    const list = (k: string) => {
      const value = t(k, { returnObjects: true }) as unknown;
      return new Set(Array.isArray(value) ? value.map((w) => normalize(String(w))) : []);
    };
    words = { menu: list('words.menu'), back: list('words.back'), more: list('words.more') };
    byLang.set(lang, words);
  }
  return words;
}
