import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { envWithoutDeployment } from '../helpers/spawn-bot.ts';

function ask(lines: string[]): Record<string, unknown>[] {
  const out = execFileSync('npx', ['tsx', 'adapters/cli/ask.ts', '--jsonl'], { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('npm run ask -- --jsonl', () => {
  it('answers every line in order, keeps sessions, and reports malformed lines without stopping', () => {
    const answers = ask([
      JSON.stringify({ id: 'a', text: 'do i have to open the door for immigration', session: 's1' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'and if they come in anyway?', session: 's1' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'and if they come in anyway?' }),
      JSON.stringify({ id: 'e', text: 'ICE is knocking on my door right now', platform: 'telegram', locale: 'en-US', chat: 'group' }),
    ]);
    expect(answers.map((a) => a.id)).toEqual(['a', null, 'b', 'c', 'd', 'e']);
    expect(answers[0]).toMatchObject({ topic: 'door', locale: 'en', urgent: false });
    expect(answers[0]!.buttons).toEqual(expect.arrayContaining(['More', 'Menu']));
    expect(answers[1]!.error).toMatch(/line 2: not valid JSON/);
    expect(answers[2]).toMatchObject({ topic: 'entered' });
    expect(answers[3]!.error).toMatch(/line 4: text/);
    // Lines of one session are one conversation (the notice comes once); a line without one is new.
    expect(answers[0]!.text).toContain('not legal advice');
    expect(answers[2]!.text).not.toContain('not legal advice');
    expect(answers[4]!.text).toContain('not legal advice');
    expect(answers[5]).toMatchObject({ topic: 'door', urgent: true });
    expect(typeof answers[5]!.text).toBe('string');
    expect(answers[5]!.text).not.toMatch(/\*\*/);
  });
});

describe('npm start without platform credentials', () => {
  it('chats in the terminal from piped input and exits cleanly at end of input', () => {
    const env = envWithoutDeployment();
    const out = execFileSync('npx', ['tsx', 'adapters/main.ts'], { input: 'hi\n1\n', encoding: 'utf8', env });
    expect(out).toMatch(/1\. At the door/);
    expect(out).toMatch(/Do not open the door/);
    expect(out.indexOf('1. At the door')).toBeLessThan(out.indexOf('Do not open the door'));
  });
});
