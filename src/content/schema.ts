/**
 * The shape of every content file, with a description of each field written for the people who
 * edit content. `npm run content:check` and start-up validate against these.
 */
import { z } from 'zod';
import { SUPPORTED_LANGUAGES, TOPIC_IDS } from './topic-ids.ts';

const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD, for example 2026-11-26' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, for example 2026-11-26')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real calendar date');

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'ids use lowercase letters, digits, "-" and "_" only');

const httpsUrl = z
  .string({ error: 'must be a web address' })
  .url('must be a full web address starting with https://')
  .refine((u) => u.startsWith('https://'), 'must start with https:// (an unencrypted http:// address is not accepted)');

export const topicIdSchema = z.enum(TOPIC_IDS, { error: `must be one of the topic ids: ${TOPIC_IDS.join(', ')}` });

/** One entry of `content/topics.yaml`. */
export const topicStructureSchema = z.strictObject({
  /** Which part of the "Other topics" list it belongs to. */
  group: z.enum(['encounters', 'after', 'conversation']),
  /** True when the answer has an `## Urgent` part for encounters happening now. */
  urgent: z.boolean(),
  /** Where the topic is offered: the start menu, the "Other topics" list, or only when asked. */
  menu: z.enum(['main', 'all', 'none']),
  /** Topics offered as buttons under the answer, in order. */
  followups: z.array(topicIdSchema).max(4, 'offer at most 4 follow-up topics; a long row of buttons is hard to read on a phone'),
});

export const topicsFileSchema = z.strictObject({
  topics: z.record(topicIdSchema, topicStructureSchema),
  main_menu: z.array(topicIdSchema).min(1).max(8, 'the start menu holds at most 8 topics so it fits every platform'),
});

/** One entry of `content/sources.yaml`. */
export const sourceSchema = z.strictObject({
  org: z.string().min(2, 'name the organisation or publisher'),
  title: z.string().min(2, 'give the page or document title'),
  url: httpsUrl,
  checked: isoDate,
  note: z.string().optional(),
});
export const sourcesFileSchema = z.strictObject({ sources: z.record(id, sourceSchema) });

/** One entry of `content/hotlines.yaml`. */
export const hotlineSchema = z.strictObject({
  name: z.string().min(2),
  number: z.string().regex(/^[0-9-]+$/, 'write the number with digits and dashes only, for example 1-800-354-0365'),
  also: z.array(z.string().regex(/^[0-9-]+$/)).optional(),
  for: z.string().min(5, 'say what the line is for'),
  hours: z.string().min(3, 'give the hours as published, or "not published"'),
  sources: z.array(id).min(1, 'list the sources that show this number (two independent ones before adding it)'),
});
export const hotlinesFileSchema = z.strictObject({ hotlines: z.record(id, hotlineSchema) });

/** The header of an answer file, `content/<lang>/<topic>.md`. */
export const answerHeaderSchema = z.strictObject({
  title: z.string().min(2).max(60, 'keep the title to 60 characters'),
  label: z.string().min(1).max(24, 'a button label holds at most 24 characters (20 fits every platform)'),
  summary: z.string().min(5).max(72, 'keep the summary to one sentence of at most 72 characters'),
  revision: z.number({ error: 'must be a whole number, for example 1' }).int().positive(),
  reviewed: isoDate,
  sources: z.array(id).default([]),
  examples: z.array(z.string().min(1, 'an example cannot be empty')).min(1, 'write examples of how people ask this'),
  translated_from: z.number().int().positive().optional(),
});
export type AnswerHeader = z.infer<typeof answerHeaderSchema>;

export const languageSchema = z.enum(SUPPORTED_LANGUAGES);

export type TopicStructure = z.infer<typeof topicStructureSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Hotline = z.infer<typeof hotlineSchema>;
