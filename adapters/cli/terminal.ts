/**
 * The terminal chat: what `npm start` opens when no platform is configured. It reads lines from
 * standard input, so it works typed by hand and piped from a script, and ends at end of input.
 */
import { createInterface } from 'node:readline';
import type { Core } from '../../src/core.ts';
import { renderPlain } from './plain-text.ts';

export async function runTerminalChat(core: Core, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const interactive = 'isTTY' in input && Boolean((input as { isTTY?: boolean }).isTTY);
  const say = (text: string) => output.write(`${text}\n`);
  say(core.strings.t('en')('terminal.welcome'));
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  if (interactive) output.write('> ');
  for await (const line of lines) {
    const text = line.trim();
    if (text) {
      // The terminal is one private conversation with one person.
      const replies = await core.handle({ platform: 'cli', conversationId: 'terminal', userId: 'terminal', chat: 'private', addressed: true, text });
      say(`\n${renderPlain(replies)}\n`);
    }
    if (interactive) output.write('> ');
  }
}
