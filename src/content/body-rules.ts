/**
 * Rules for the text of an answer: length, the urgent steps, links, and phone numbers.
 * A phone number that is not in hotlines.yaml is an error: the bot never says an unverified number.
 */
import type { Answer } from './catalog.ts';
import type { Hotline, TopicStructure } from './schema.ts';

export const MAIN_MAX_CHARS = 900;
export const URGENT_MAX_CHARS = 600;
export const URGENT_MAX_STEPS = 5;

// North American numbers (1-800-354-0365, (212) 725-6422, 212.725.6422) and three-digit
// service codes (311, 911) standing alone.
const PHONE = /(?<![\d-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d-])|(?<![\w-])[2-9]11(?![\w-])/g;
const LINK = /\[([^\]]*)\]\(([^)\s]*)\)/g;

export function digitsOf(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

export function checkBody(answer: Answer, structure: TopicStructure | undefined, hotlines: ReadonlyMap<string, Hotline>) {
  const problems: { field: string; message: string }[] = [];
  const known = new Set([...hotlines.values()].flatMap((h) => [h.number, ...(h.also ?? [])]).map(digitsOf));
  const parts = { main: answer.main, urgent: answer.urgent, more: answer.more, ...answer.platforms };

  if (!answer.main) problems.push({ field: 'body', message: 'the main part (the text after the header) is empty' });
  for (const [platform, note] of Object.entries({ '': '', ...answer.platforms })) {
    const length = answer.main.length + (note ? note.length + 2 : 0);
    if (length > MAIN_MAX_CHARS) {
      const where = platform ? ` with its "## ${platform}" lines` : '';
      problems.push({ field: 'body', message: `the main part${where} has ${length} characters; keep it to ${MAIN_MAX_CHARS} so it fits one message on a phone, and move detail under "## More"` });
    }
  }
  if (answer.urgent !== undefined) {
    if (structure && !structure.urgent) {
      problems.push({ field: 'urgent', message: 'this topic is not marked urgent in topics.yaml; remove "## Urgent" or set urgent: true there' });
    }
    const steps = answer.urgent.split('\n').filter((l) => /^\s*\d+[.)]\s/.test(l)).length;
    if (steps === 0 || steps > URGENT_MAX_STEPS) {
      problems.push({ field: 'urgent', message: `"## Urgent" must have 1 to ${URGENT_MAX_STEPS} numbered steps ("1. …"); found ${steps}` });
    }
    if (answer.urgent.length > URGENT_MAX_CHARS) {
      problems.push({ field: 'urgent', message: `"## Urgent" has ${answer.urgent.length} characters; keep it to ${URGENT_MAX_CHARS}` });
    }
  } else if (structure?.urgent && answer.lang === 'en') {
    problems.push({ field: 'urgent', message: 'this topic is marked urgent in topics.yaml; add an "## Urgent" part with at most 5 numbered steps and a hotline' });
  }

  for (const [part, text] of Object.entries(parts)) {
    if (!text) continue;
    for (const match of text.matchAll(PHONE)) {
      if (!known.has(digitsOf(match[0]))) {
        problems.push({ field: part === 'main' ? 'body' : part, message: `the phone number "${match[0].trim()}" is not in hotlines.yaml; only verified numbers may appear (add it there with two independent sources, or remove it)` });
      }
    }
    for (const [, label, url] of text.matchAll(LINK)) {
      if (!url?.startsWith('https://')) problems.push({ field: part === 'main' ? 'body' : part, message: `the link "${label}" must point to an https:// address (found "${url}")` });
    }
  }
  return problems;
}
