import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../adapters/telegram/index.ts';
import { createCore, type Core } from '../../src/core.ts';
import { silentLogger } from '../../src/log.ts';
import { copyContent, type ContentFixture } from '../helpers/content-fixture.ts';
import { telegramHtmlProblems, visibleLength } from '../helpers/telegram-html.ts';
import { BOT_INFO, BOT_TOKEN, callbackUpdate, startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.ts';

let api: FakeTelegram;
let core: Core;
let adapter: TelegramAdapter;
let updateId = 1;
let fixture: ContentFixture | undefined;

const feed = (update: Omit<Update, 'update_id'>) => adapter.bot.handleUpdate({ ...update, update_id: updateId++ } as Update);
const sent = () => api.method('sendMessage');
const keyboardIds = (message: Record<string, unknown>) =>
  ((message.reply_markup as { inline_keyboard: { callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.callback_data);

async function setUp(options: { contentDir?: string; throttle?: boolean } = {}) {
  api = await startFakeTelegram();
  core = await createCore({ ...(options.contentDir && { contentDir: options.contentDir }) });
  adapter = createTelegramAdapter({ token: BOT_TOKEN, core, logger: silentLogger, apiRoot: api.url, botInfo: BOT_INFO, throttle: options.throttle ?? false });
}

beforeEach(async () => setUp());
afterEach(async () => {
  await adapter.stop();
  await api.close();
  fixture?.remove();
  fixture = undefined;
});

describe('a private chat', () => {
  it('goes from /start through a button press to an answer', async () => {
    await feed(textUpdate('/start'));
    const [menu] = sent();
    expect(menu).toMatchObject({ chat_id: 777, parse_mode: 'HTML' });
    expect(keyboardIds(menu!)).toEqual(expect.arrayContaining(['t:door', 't:street', 'all', 'lang']));

    await feed(callbackUpdate('t:door'));
    expect(api.method('answerCallbackQuery')).toHaveLength(1);
    const answer = sent()[1]!;
    expect(String(answer.text)).toContain('<b>');
    expect(String(answer.text)).toMatch(/Do not open the door/);
    expect(keyboardIds(answer)).toEqual(expect.arrayContaining(['t:warrant', 'more:door', 'menu']));
    expect(telegramHtmlProblems(String(answer.text))).toEqual([]);
  });

  it('answers a follow-up question in the context of the conversation', async () => {
    await feed(textUpdate('what do i do if immigration comes to my apartment'));
    await feed(textUpdate('what if they say they got a warrant?'));
    const warrant = core.catalog.answers.get('en')!.get('warrant')!;
    expect(String(sent()[1]!.text)).toContain(warrant.title === '' ? '' : 'Look at who signed the paper');
  });

  it('uses the user\'s language_code only as a hint', async () => {
    await feed(textUpdate('ice at my door', { lang: 'en-US' }));
    expect(sent()).toHaveLength(1);
  });

  it('answers a stale or unknown button gracefully', async () => {
    await feed(callbackUpdate('t:gone-topic'));
    expect(api.method('answerCallbackQuery')).toHaveLength(1);
    expect(String(sent()[0]!.text)).toMatch(/no longer available/);
    expect(keyboardIds(sent()[0]!)).toContain('t:door');
  });
});

describe('a group', () => {
  it('ignores messages not addressed to the bot, and answers mentions and its commands in thread', async () => {
    await feed(textUpdate('ice was at the bodega earlier lol', { group: true }));
    expect(sent()).toHaveLength(0);

    const mention = textUpdate(`@${BOT_INFO.username} do i have to open the door for ice`, { group: true });
    await feed(mention);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toMatchObject({ chat_id: -1001234, reply_parameters: { message_id: mention.message!.message_id } });
    expect(String(sent()[0]!.text)).toMatch(/Do not open the door/);

    const command = textUpdate(`/start@${BOT_INFO.username}`, { group: true });
    await feed(command);
    expect(sent()[1]).toMatchObject({ reply_parameters: { message_id: command.message!.message_id } });
    expect(keyboardIds(sent()[1]!)).toContain('t:door');

    await feed(textUpdate('/start@some_other_bot', { group: true }));
    expect(sent()).toHaveLength(2);

    await feed(textUpdate('and what if they have a warrant', { group: true, replyToBot: true }));
    expect(sent()).toHaveLength(3);
  });

  it('lets only an admin change the group language', async () => {
    api.chatMemberStatus.set(42, 'administrator');
    await feed(textUpdate('/language', { group: true, userId: 7 }));
    expect(api.method('getChatMember')).toEqual([expect.objectContaining({ user_id: 7 })]);
    expect(String(sent()[0]!.text)).toMatch(/Only the group's admins/);
    expect(keyboardIds(sent()[0]!).some((id) => id.startsWith('lang:'))).toBe(false);

    await feed(textUpdate('/language', { group: true, userId: 42 }));
    expect(keyboardIds(sent()[1]!)).toContain('lang:en');
  });
});

describe('a button pressed in a group', () => {
  it('is answered in the presser\'s private chat when the bot may write there, so the group does not see the choice', async () => {
    await feed(callbackUpdate('t:arrest', { group: true, userId: 4242 }));
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toMatchObject({ chat_id: 4242 });
    expect(sent()[0]).not.toHaveProperty('reply_parameters');
    expect(api.method('answerCallbackQuery')).toEqual([expect.objectContaining({ text: 'I sent the answer to you in a private chat.' })]);
  });

  it('falls back to the group thread when the presser never started the bot', async () => {
    api.unreachable.add(4343);
    await feed(callbackUpdate('t:arrest', { group: true, userId: 4343 }));
    const delivered = sent().filter((m) => m.chat_id !== 4343);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ chat_id: -1001234 });
    expect(String(delivered[0]!.text)).toMatch(/silent|lawyer/i);
  });
});

describe('sending', () => {
  it('waits out a 429 with retry_after and sends again', async () => {
    api.failNext('sendMessage', { status: 429, json: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } });
    const started = Date.now();
    await feed(textUpdate('/start'));
    expect(sent()).toHaveLength(2);
    expect(sent()[0]).toEqual(sent()[1]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('splits a 5,000-character answer into two messages, each valid HTML', async () => {
    await adapter.stop();
    await api.close();
    fixture = copyContent();
    const paragraph = 'Keep the door closed and ask them to slide any paper under it. **Stay calm** and _take notes_ <of everything> & keep copies.';
    fixture.edit('en/door.md', (t) => t.replace(/## More\n[\s\S]*$/, `## More\n${Array.from({ length: 42 }, () => paragraph).join('\n\n')}\n`));
    await setUp({ contentDir: fixture.dir, throttle: true });
    await feed(callbackUpdate('more:door'));
    const messages = sent();
    expect(messages).toHaveLength(2);
    for (const m of messages) {
      expect(telegramHtmlProblems(String(m.text))).toEqual([]);
      expect(visibleLength(String(m.text))).toBeLessThanOrEqual(4096);
    }
    expect(String(messages[0]!.text)).toContain('&lt;of everything&gt; &amp; keep');
    expect(keyboardIds(messages[0]!)).toEqual([]);
    expect(keyboardIds(messages[1]!)).toContain('menu');
  });

  it('forgets a person who blocked the bot, and carries on with others', async () => {
    await feed(textUpdate('ice stopped me on the street', { chatId: 555, userId: 555 }));
    api.failNext('sendMessage', { status: 403, json: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } });
    await feed(textUpdate('more', { chatId: 555, userId: 555 }));
    await feed(textUpdate('more', { chatId: 555, userId: 555 }));
    // The session was forgotten: the conversation starts afresh, so the notice is shown again.
    expect(String(sent()[0]!.text)).toMatch(/not legal advice/);
    expect(String(sent().at(-1)!.text)).toMatch(/not legal advice/);
    await feed(textUpdate('hi', { chatId: 556, userId: 556 }));
    expect(sent().at(-1)).toMatchObject({ chat_id: 556 });
  });
});

describe('the command menu', () => {
  it('is registered with a description for every command', async () => {
    await adapter.start();
    await adapter.stop();
    const commands = api.method('setMyCommands');
    expect(commands.length).toBeGreaterThanOrEqual(1);
    const english = commands.find((c) => c.language_code === undefined)!;
    expect((english.commands as { command: string; description: string }[]).map((c) => c.command)).toEqual(['start', 'help', 'language', 'forget', 'privacy', 'sources']);
    for (const c of english.commands as { command: string; description: string }[]) {
      expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(c.description.length).toBeGreaterThan(3);
    }
  });
});
