/**
 * The validated content, as the conversation core reads it.
 */
import type { Hotline, Source, TopicStructure } from './schema.ts';
import type { Lang, TopicId } from './topic-ids.ts';

export interface Answer {
  topic: TopicId;
  lang: Lang;
  title: string;
  label: string;
  summary: string;
  revision: number;
  reviewed: string;
  sources: string[];
  examples: string[];
  main: string;
  urgent?: string;
  more?: string;
  /** Lines added under the main part on one platform only (what that platform itself keeps, say). */
  platforms: Partial<Record<'telegram' | 'discord' | 'whatsapp', string>>;
  translatedFrom?: number;
  /** The file it came from, relative to the content folder, for messages to editors. */
  file: string;
}

export interface Catalog {
  topics: ReadonlyMap<TopicId, TopicStructure>;
  /** Topic ids in the order of `topics.yaml`. */
  order: readonly TopicId[];
  mainMenu: readonly TopicId[];
  /** Every language with at least one answer; English always has every topic. */
  answers: ReadonlyMap<Lang, ReadonlyMap<TopicId, Answer>>;
  sources: ReadonlyMap<string, Source>;
  hotlines: ReadonlyMap<string, Hotline>;
}

/** The answer in `lang`, or the English one when that language has no translation yet. */
export function findAnswer(catalog: Catalog, topic: TopicId, lang: Lang): { answer: Answer; fellBack: boolean } {
  const own = catalog.answers.get(lang)?.get(topic);
  if (own) return { answer: own, fellBack: false };
  const english = catalog.answers.get('en')?.get(topic);
  if (!english) throw new Error(`content has no English answer for "${topic}"; run npm run content:check`);
  return { answer: english, fellBack: true };
}
