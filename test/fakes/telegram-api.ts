/**
 * A fake Telegram Bot API: records every method call and answers like Telegram. Updates queued
 * with `push` are handed out by getUpdates; failures can be scripted per method.
 */
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { startFakeServer, type Answer, type FakeServer, type Recorded } from './http-recorder.ts';

export const BOT_TOKEN = '123456:TEST-token-abcdefghijklmnopqrstuvwxyz';
export const BOT_INFO: UserFromGetMe = {
  id: 123456, is_bot: true, first_name: 'Rights bot', username: 'kyr_test_bot',
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface FakeTelegram extends FakeServer {
  /** Calls of one Bot API method, with their JSON bodies. */
  method(name: string): Record<string, unknown>[];
  push(update: Omit<Update, 'update_id'>): void;
  /** The next `count` calls of `method` fail with this answer. */
  failNext(method: string, answer: Answer, count?: number): void;
  chatMemberStatus: Map<number, string>;
  /** Private chats the bot may not write to (the person never started it, or blocked it). */
  unreachable: Set<number>;
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const queue: Update[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1000;
  const failures = new Map<string, Answer[]>();
  const chatMemberStatus = new Map<number, string>();
  const unreachable = new Set<number>();
  const methodOf = (call: Recorded) => call.path.split('/').pop() ?? '';

  const server = await startFakeServer((call) => {
    const method = methodOf(call);
    const planned = failures.get(method)?.shift();
    if (planned) return planned;
    const body = (call.body ?? {}) as Record<string, unknown>;
    const ok = (result: unknown): Answer => ({ json: { ok: true, result } });
    switch (method) {
      case 'getMe': return ok(BOT_INFO);
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        while (queue.length && queue[0]!.update_id < offset) queue.shift();
        // Like Telegram's long poll, hold an empty answer a moment instead of spinning the client.
        if (queue.length === 0) return new Promise<Answer>((resolve) => setTimeout(() => resolve(ok(queue.splice(0))), 50));
        return ok(queue.splice(0));
      }
      case 'sendMessage': {
        if (unreachable.has(Number(body.chat_id))) return { status: 403, json: { ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" } };
        const message: Partial<Message> = { message_id: nextMessageId++, date: 0, chat: { id: Number(body.chat_id), type: Number(body.chat_id) < 0 ? 'supergroup' : 'private' } as Message['chat'], text: String(body.text) };
        return ok(message);
      }
      case 'getChatMember':
        return ok({ status: chatMemberStatus.get(Number(body.user_id)) ?? 'member', user: { id: Number(body.user_id), is_bot: false, first_name: 'x' } });
      default:
        return ok(true);
    }
  });

  return Object.assign(server, {
    method: (name: string) => server.calls.filter((c) => methodOf(c) === name).map((c) => c.body as Record<string, unknown>),
    push: (update: Omit<Update, 'update_id'>) => void queue.push({ ...update, update_id: nextUpdateId++ } as Update),
    failNext: (method: string, answer: Answer, count = 1) => failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: count }, () => answer)]),
    chatMemberStatus,
    unreachable,
  });
}

let messageCounter = 1;
/** A text message update as Telegram would send it. */
export function textUpdate(text: string, opts: { chatId?: number; userId?: number; group?: boolean; replyToBot?: boolean; lang?: string } = {}): Omit<Update, 'update_id'> {
  const chatId = opts.chatId ?? (opts.group ? -1001234 : 777);
  const userId = opts.userId ?? 777;
  const entities: { type: string; offset: number; length: number }[] = [];
  const command = /^\/\S+/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  const mention = text.indexOf(`@${BOT_INFO.username}`);
  if (mention >= 0 && !command?.[0].includes('@')) entities.push({ type: 'mention', offset: mention, length: BOT_INFO.username.length + 1 });
  return {
    message: {
      message_id: messageCounter++,
      date: Math.floor(Date.now() / 1000),
      chat: opts.group ? { id: chatId, type: 'supergroup', title: 'Tenants' } : { id: chatId, type: 'private', first_name: 'A' },
      from: { id: userId, is_bot: false, first_name: 'A', ...(opts.lang && { language_code: opts.lang }) },
      text,
      ...(entities.length && { entities }),
      ...(opts.replyToBot && { reply_to_message: { message_id: 999, date: 0, chat: { id: chatId, type: 'supergroup', title: 'Tenants' }, from: { id: BOT_INFO.id, is_bot: true, first_name: 'Rights bot' }, text: 'earlier answer' } }),
    },
  } as Omit<Update, 'update_id'>;
}

export function callbackUpdate(data: string, opts: { chatId?: number; userId?: number; group?: boolean } = {}): Omit<Update, 'update_id'> {
  const chatId = opts.chatId ?? (opts.group ? -1001234 : 777);
  return {
    callback_query: {
      id: `cbq-${messageCounter++}`,
      chat_instance: 'ci',
      from: { id: opts.userId ?? 777, is_bot: false, first_name: 'A' },
      data,
      message: { message_id: 1000, date: 0, chat: opts.group ? { id: chatId, type: 'supergroup', title: 'Tenants' } : { id: chatId, type: 'private', first_name: 'A' }, from: { id: BOT_INFO.id, is_bot: true, first_name: 'Rights bot' }, text: 'menu' },
    },
  } as Omit<Update, 'update_id'>;
}
