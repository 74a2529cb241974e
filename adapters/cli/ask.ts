/**
 * The batch interface: `npm run --silent ask -- --jsonl < questions.jsonl > answers.jsonl`.
 * One JSON object a line in, one a line out, same count and order. A malformed line gets an
 * `error` line and the run goes on. Lines sharing a `session` are one conversation.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createCore, type Core } from '../../src/core.ts';
import { buttonLabels, renderPlain } from './plain-text.ts';

const questionSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  session: z.union([z.string(), z.number()]).optional(),
  platform: z.enum(['telegram', 'discord', 'whatsapp', 'web', 'cli']).default('cli'),
  locale: z.string().optional(),
  chat: z.enum(['private', 'group']).default('private'),
});

export async function answerLine(core: Core, line: string, lineNumber: number): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: `line ${lineNumber}: not valid JSON` });
  }
  const parsed = questionSchema.safeParse(json);
  const id = typeof json === 'object' && json !== null && 'id' in json ? (json as { id: unknown }).id : null;
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
    return JSON.stringify({ id, error: `line ${lineNumber}: ${why}` });
  }
  const q = parsed.data;
  // Without a session each line is its own conversation; the line number keeps them apart.
  const conversation = q.session !== undefined ? `s:${q.session}` : `l:${lineNumber}`;
  try {
    const turn = await core.respond({
      platform: q.platform,
      conversationId: conversation,
      userId: conversation,
      chat: q.chat,
      addressed: true,
      text: q.text,
      ...(q.locale && { localeHint: q.locale }),
    });
    return JSON.stringify({ id: q.id, topic: turn.topic, locale: turn.locale, urgent: turn.urgent, text: renderPlain(turn.replies), buttons: buttonLabels(turn.replies) });
  } catch (error) {
    return JSON.stringify({ id: q.id, error: `line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}` });
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--jsonl')) {
    console.error('usage: npm run --silent ask -- --jsonl < questions.jsonl > answers.jsonl');
    process.exit(2);
  }
  // A batch replays whole conversations in a moment; flood limits would only get in the way.
  const core = await createCore({ limits: false });
  let lineNumber = 0;
  const out: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    out.push(await answerLine(core, line, lineNumber));
    if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
