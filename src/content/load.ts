/**
 * Reads and validates the whole content folder. Every problem is collected (not just the first)
 * and reported with its file and field, so an editor can fix them all in one go.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parseAnswerFile, AnswerFileError } from './answer-file.ts';
import type { Answer, Catalog } from './catalog.ts';
import { checkBody } from './body-rules.ts';
import { ContentInvalidError, type ContentProblem } from './problems.ts';
import {
  answerHeaderSchema, hotlinesFileSchema, languageSchema, sourcesFileSchema, topicsFileSchema,
  type Hotline, type Source, type TopicStructure,
} from './schema.ts';
import { BASE_LANGUAGE, SOURCELESS_TOPICS, TOPIC_IDS, type Lang, type TopicId } from './topic-ids.ts';

/** Rights topics need enough example phrasings for the bot to recognise them. */
const MIN_EXAMPLES = 8;

export interface LoadResult {
  catalog?: Catalog;
  problems: ContentProblem[];
}

export function loadContent(dir: string): LoadResult {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ severity, file, field, message });

  const topicsFile = readYaml(dir, 'topics.yaml', topicsFileSchema, report);
  const sources = new Map<string, Source>();
  const sourceFiles = ['sources.yaml', ...listDir(join(dir, 'sources')).filter((f) => f.endsWith('.yaml')).map((f) => `sources/${f}`)];
  for (const file of sourceFiles) {
    const parsed = readYaml(dir, file, sourcesFileSchema, report);
    for (const [sid, source] of Object.entries(parsed?.sources ?? {})) {
      if (sources.has(sid)) report(file, `sources.${sid}`, `the source id "${sid}" is already used in another sources file; give this one another id`);
      else sources.set(sid, source);
    }
  }
  const hotlines = new Map<string, Hotline>(Object.entries(readYaml(dir, 'hotlines.yaml', hotlinesFileSchema, report)?.hotlines ?? {}));
  for (const [hid, hotline] of hotlines) {
    hotline.sources.forEach((sid, i) => {
      if (!sources.has(sid)) report('hotlines.yaml', `hotlines.${hid}.sources[${i}]`, `unknown source id "${sid}"; add it to sources.yaml or fix the spelling`);
    });
  }

  const topics = new Map<TopicId, TopicStructure>();
  if (topicsFile) {
    for (const tid of TOPIC_IDS) {
      const structure = topicsFile.topics[tid];
      if (structure) topics.set(tid, structure);
      else report('topics.yaml', `topics.${tid}`, `the topic "${tid}" is missing; every topic id of the catalogue must be listed`);
    }
    for (const [tid, structure] of topics) {
      if (structure.followups.includes(tid)) report('topics.yaml', `topics.${tid}.followups`, 'a topic cannot offer itself as a follow-up');
    }
  }

  const answers = new Map<Lang, Map<TopicId, Answer>>();
  const present = new Set<string>();
  for (const langDir of listDir(dir).filter((d) => statSync(join(dir, d)).isDirectory() && d !== 'sources')) {
    const lang = languageSchema.safeParse(langDir);
    if (!lang.success) {
      report(`${langDir}/`, 'folder', `"${langDir}" is not a supported language code (${languageSchema.options.join(', ')})`);
      continue;
    }
    const byTopic = new Map<TopicId, Answer>();
    answers.set(lang.data, byTopic);
    for (const fileName of listDir(join(dir, langDir))) {
      const file = `${langDir}/${fileName}`;
      const topic = fileName.replace(/\.md$/, '') as TopicId;
      if (!fileName.endsWith('.md') || !(TOPIC_IDS as readonly string[]).includes(topic)) {
        report(file, 'file name', `answer files are named <topic id>.md; "${fileName}" matches no topic id`);
        continue;
      }
      present.add(file);
      const answer = readAnswer(dir, file, lang.data, topic, report);
      if (!answer) continue;
      const structure = topics.get(topic);
      answer.sources.forEach((sid, i) => {
        if (!sources.has(sid)) report(file, `sources[${i}]`, `unknown source id "${sid}"; add it to sources.yaml or fix the spelling`);
      });
      if (answer.sources.length === 0 && !SOURCELESS_TOPICS.has(topic)) report(file, 'sources', 'list at least one source id from sources.yaml');
      if (structure?.group !== 'conversation' && answer.examples.length < MIN_EXAMPLES) {
        report(file, 'examples', `write at least ${MIN_EXAMPLES} examples of how people ask this (found ${answer.examples.length})`);
      }
      for (const p of checkBody(answer, structure, hotlines)) report(file, p.field, p.message);
      byTopic.set(topic, answer);
    }
  }

  const english = answers.get(BASE_LANGUAGE);
  for (const tid of TOPIC_IDS) {
    if (!present.has(`${BASE_LANGUAGE}/${tid}.md`)) report(`${BASE_LANGUAGE}/${tid}.md`, 'file', `every topic needs an English answer; create content/${BASE_LANGUAGE}/${tid}.md`);
  }
  for (const [lang, byTopic] of answers) {
    if (lang === BASE_LANGUAGE) continue;
    for (const [tid, answer] of byTopic) {
      const base = english?.get(tid);
      if (!base) continue;
      if (answer.translatedFrom === undefined) {
        report(answer.file, 'translated_from', `add "translated_from: ${base.revision}" (the English revision this translation follows)`);
      } else if (answer.translatedFrom < base.revision) {
        report(answer.file, 'translated_from', `out of date: translated from English revision ${answer.translatedFrom}, the English answer is now at revision ${base.revision}`, 'warning');
      }
      if (base.urgent && !answer.urgent) report(answer.file, 'body', 'the English answer has an "## Urgent" part; translate it too');
    }
  }

  if (problems.some((p) => p.severity === 'error') || !topicsFile) return { problems };
  return {
    problems,
    catalog: {
      topics,
      order: TOPIC_IDS.filter((t) => topics.has(t)).sort((a, b) => Object.keys(topicsFile.topics).indexOf(a) - Object.keys(topicsFile.topics).indexOf(b)),
      mainMenu: topicsFile.main_menu,
      answers,
      sources,
      hotlines,
    },
  };
}

/** Loads the content or throws a ContentInvalidError listing every error. */
export function loadContentOrThrow(dir: string): Catalog {
  const { catalog, problems } = loadContent(dir);
  if (!catalog) throw new ContentInvalidError(problems);
  return catalog;
}

type Report = (file: string, field: string, message: string) => void;

function readYaml<T extends z.ZodType>(dir: string, file: string, schema: T, report: Report): z.infer<T> | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) {
    report(file, 'file', 'the file is missing');
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    report(file, 'file', `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) report(file, fieldPath(issue.path), issue.message);
    return undefined;
  }
  return result.data;
}

function readAnswer(dir: string, file: string, lang: Lang, topic: TopicId, report: Report): Answer | undefined {
  let parts;
  try {
    parts = parseAnswerFile(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    if (error instanceof AnswerFileError) report(file, error.field, error.message);
    else throw error;
    return undefined;
  }
  const header = answerHeaderSchema.safeParse(parts.header, { reportInput: true });
  if (!header.success) {
    for (const issue of header.error.issues) {
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      report(file, fieldPath(issue.path), missing ? 'this field is required and missing' : unknownKeyHint(issue) ?? issue.message);
    }
    return undefined;
  }
  const h = header.data;
  return {
    topic, lang, file,
    title: h.title, label: h.label, summary: h.summary, revision: h.revision, reviewed: h.reviewed,
    sources: h.sources, examples: h.examples, main: parts.main, platforms: parts.platforms,
    ...(parts.urgent !== undefined && { urgent: parts.urgent }),
    ...(parts.more !== undefined && { more: parts.more }),
    ...(h.translated_from !== undefined && { translatedFrom: h.translated_from }),
  };
}

function unknownKeyHint(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; the header fields are title, label, summary, revision, reviewed, sources, examples, translated_from`;
}

function fieldPath(path: PropertyKey[]): string {
  if (path.length === 0) return 'header';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function listDir(path: string): string[] {
  return existsSync(path) ? readdirSync(path).sort() : [];
}
