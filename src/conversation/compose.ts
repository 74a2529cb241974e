/**
 * Builds the replies for an answer, a menu or a notice, in the reply language. Everything the
 * person reads comes from content/ (answers) or locales/ (interface words); nothing is written here.
 */
import type { TFunction } from 'i18next';
import { findAnswer, type Answer, type Catalog } from '../content/catalog.ts';
import type { Lang, TopicId } from '../content/topic-ids.ts';
import type { Choice, Link, Platform, Reply } from '../types.ts';
import { actionId } from './actions.ts';

export type Part = 'main' | 'urgent' | 'more';

export class Composer {
  constructor(
    private readonly catalog: Catalog,
    private readonly languageName: (lang: Lang) => string,
    private readonly available: readonly Lang[],
  ) {}

  /** An answer's text (the chosen part), its sources line, and the buttons that follow it. */
  answer(topic: TopicId, part: Part, lang: Lang, t: TFunction, platform?: Platform): Reply[] {
    const { answer, fellBack } = findAnswer(this.catalog, topic, lang);
    const replies: Reply[] = [];
    const note = part === 'main' && platform && platform in answer.platforms ? answer.platforms[platform as keyof Answer['platforms']] : undefined;
    const main = note ? `${answer.main}\n\n${note}` : answer.main;
    const text = part === 'urgent' ? answer.urgent ?? main : part === 'more' ? answer.more ?? main : main;
    const sources = this.sourcesLine(answer, lang, t);
    replies.push({ kind: 'text', text: sources ? `${text}\n\n_${sources}_` : text });
    if (fellBack) replies.push({ kind: 'notice', notice: 'untranslated', text: t('notice.untranslated', { language: this.languageName(lang) }) });
    if (part === 'more') replies.push({ kind: 'links', links: this.sourceLinks(answer) });
    replies.push(this.nextChoices(answer, part, lang, t));
    return replies;
  }

  startMenu(lang: Lang, t: TFunction): Reply {
    const choices: Choice[] = this.catalog.mainMenu.map((topic) => this.topicChoice(topic, lang));
    choices.push({ id: actionId.all, label: t('button.other_topics') }, { id: actionId.language(), label: t('button.language') });
    return { kind: 'choices', prompt: t('prompt.menu'), choices };
  }

  allTopics(lang: Lang, t: TFunction): Reply {
    const onMain = new Set(this.catalog.mainMenu);
    const choices = this.catalog.order
      .filter((topic) => this.catalog.topics.get(topic)?.menu !== 'none' && !onMain.has(topic))
      .map((topic) => this.topicChoice(topic, lang));
    choices.push({ id: actionId.menu, label: t('button.menu') });
    return { kind: 'choices', prompt: t('prompt.all_topics'), choices };
  }

  languageMenu(t: TFunction): Reply {
    return {
      kind: 'choices',
      prompt: t('prompt.language'),
      choices: this.available.map((l) => ({ id: actionId.language(l), label: this.languageName(l) })),
    };
  }

  /** The sources of one answer as links, for /sources after a topic. */
  sourcesOf(topic: TopicId, lang: Lang, t: TFunction): Reply[] {
    const { answer } = findAnswer(this.catalog, topic, lang);
    return [
      { kind: 'text', text: t('answer.sources_of', { title: answer.title, date: formatDate(answer.reviewed, lang) }) },
      { kind: 'links', links: this.sourceLinks(answer) },
    ];
  }

  private label(topic: TopicId, lang: Lang): string {
    return findAnswer(this.catalog, topic, lang).answer.label;
  }

  private nextChoices(answer: Answer, part: Part, lang: Lang, t: TFunction): Reply {
    const structure = this.catalog.topics.get(answer.topic);
    const choices: Choice[] = (structure?.followups ?? []).map((topic) => this.topicChoice(topic, lang));
    if (part === 'urgent') choices.push({ id: actionId.full(answer.topic), label: t('button.full') });
    else if (part === 'main' && answer.more) choices.push({ id: actionId.more(answer.topic), label: t('button.more') });
    choices.push({ id: actionId.menu, label: t('button.menu') });
    return { kind: 'choices', prompt: t('prompt.next'), choices };
  }

  private topicChoice(topic: TopicId, lang: Lang): Choice {
    return { id: actionId.topic(topic), label: this.label(topic, lang) };
  }

  private sourcesLine(answer: Answer, lang: Lang, t: TFunction): string {
    const orgs = [...new Set(answer.sources.map((id) => this.catalog.sources.get(id)?.org).filter(Boolean))];
    if (orgs.length === 0) return '';
    return t('answer.sources', { list: orgs.join('; '), date: formatDate(answer.reviewed, lang) });
  }

  private sourceLinks(answer: Answer): Link[] {
    return answer.sources.flatMap((id) => {
      const source = this.catalog.sources.get(id);
      return source ? [{ label: `${source.org}: ${source.title}`, url: source.url }] : [];
    });
  }
}

const formatted = new Map<string, string>();
/** A review date in the reader's language ("November 26, 2026"); there are few, so each is kept. */
export function formatDate(isoDate: string, lang: Lang): string {
  const key = `${lang}|${isoDate}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
    formatted.set(key, text);
  }
  return text;
}
