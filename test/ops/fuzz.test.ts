/**
 * Random and malformed input at every edge: the core, each adapter's parser, and the webhooks.
 * No exception may escape, every answer must be a valid Reply[], and every webhook must answer
 * with a deliberate status (never a 500), staying up for the next request.
 */
import type { Server } from 'node:http';
import fc from 'fast-check';
import type { Message, Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from '../../adapters/http/server.ts';
import { parseCallback, parseMessage } from '../../adapters/telegram/parse.ts';
import { renderTelegram } from '../../adapters/telegram/render.ts';
import { createTelegramAdapter } from '../../adapters/telegram/index.ts';
import { parseWebhook, webhookSchema } from '../../adapters/whatsapp/parse.ts';
import { renderWhatsApp } from '../../adapters/whatsapp/render.ts';
import { createWhatsAppAdapter, WHATSAPP_PATH } from '../../adapters/whatsapp/index.ts';
import { sign } from '../../adapters/whatsapp/signature.ts';
import { renderDiscord } from '../../adapters/discord/render.ts';
import { createCore, type Core } from '../../src/core.ts';
import { silentLogger } from '../../src/log.ts';
import type { Inbound } from '../../src/types.ts';
import { repliesSchema } from '../helpers/reply-schema.ts';
import { telegramHtmlProblems } from '../helpers/telegram-html.ts';
import { ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN, startFakeGraph, type FakeGraph } from '../fakes/graph-api.ts';
import { BOT_INFO, BOT_TOKEN, startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.ts';

let core: Core;
let graph: FakeGraph;
let telegramApi: FakeTelegram;
let server: Server;
let base: string;
const TG_SECRET = 'fuzz_secret-0123456789';

beforeAll(async () => {
  core = await createCore({ limits: false });
  graph = await startFakeGraph();
  telegramApi = await startFakeTelegram();
  const whatsapp = createWhatsAppAdapter({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, baseUrl: graph.url, core, logger: silentLogger });
  const telegram = createTelegramAdapter({ token: BOT_TOKEN, core, logger: silentLogger, apiRoot: telegramApi.url, botInfo: BOT_INFO, throttle: false, webhook: { url: 'https://x.example/tg', secret: TG_SECRET } });
  server = createHttpServer(new Map([[WHATSAPP_PATH, (q, r) => whatsapp.handle(q, r)], ['/tg', telegram.webhookHandler!]]), silentLogger);
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await graph.close();
  await telegramApi.close();
});

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('', ' ', '/forget', '/language xx', '/start@other', '99', '0', 'more', 'back', '🙂', 'ICE!!!'), fc.string({ minLength: 2100, maxLength: 2500 }));
const inbound: fc.Arbitrary<Inbound> = fc.record({
  platform: fc.constantFrom('telegram', 'discord', 'whatsapp', 'web', 'cli'),
  conversationId: fc.string({ maxLength: 20 }),
  userId: fc.string({ maxLength: 20 }),
  chat: fc.constantFrom('private', 'group'),
  addressed: fc.boolean(),
  text: fc.option(text, { nil: undefined }),
  action: fc.option(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('t:door', 'more:door', 'full:warrant', 'lang:zz', 'lang:en', 'menu', 'all', 'back', 'forget', 't:', ':')), { nil: undefined }),
  localeHint: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  isAdmin: fc.option(fc.boolean(), { nil: undefined }),
  unsupported: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ['platform', 'conversationId', 'userId', 'chat', 'addressed'] }) as fc.Arbitrary<Inbound>;

describe('the core', () => {
  it('answers any input with a valid Reply[] and never throws', async () => {
    await fc.assert(fc.asyncProperty(fc.array(inbound, { minLength: 1, maxLength: 4 }), async (messages) => {
      for (const m of messages) {
        const turn = await core.respond(m);
        expect(repliesSchema.safeParse(turn.replies).success).toBe(true);
        // Every platform can render whatever the core says.
        for (const msg of renderTelegram(turn.replies)) expect(telegramHtmlProblems(msg.html)).toEqual([]);
        expect(() => renderDiscord(turn.replies)).not.toThrow();
        expect(() => renderWhatsApp(turn.replies, { listButton: 'Options', listSection: 'Topics', openLink: 'Open' })).not.toThrow();
      }
    }), { numRuns: 150 });
  });
});

describe('the Telegram parser', () => {
  it('turns any message-shaped object into an Inbound or nothing, without throwing', () => {
    const chat = fc.record({ id: fc.integer(), type: fc.constantFrom('private', 'group', 'supergroup', 'channel') });
    const message = fc.record({
      message_id: fc.integer(), date: fc.integer(), chat,
      from: fc.option(fc.record({ id: fc.integer(), is_bot: fc.boolean(), first_name: fc.string(), language_code: fc.option(fc.string(), { nil: undefined }) }), { nil: undefined }),
      text: fc.option(text, { nil: undefined }),
      caption: fc.option(fc.string(), { nil: undefined }),
      entities: fc.option(fc.array(fc.record({ type: fc.constantFrom('mention', 'bot_command', 'bold'), offset: fc.integer({ min: -5, max: 50 }), length: fc.integer({ min: 0, max: 50 }) })), { nil: undefined }),
      sender_chat: fc.option(chat, { nil: undefined }),
    });
    fc.assert(fc.property(message, (m) => {
      const result = parseMessage(m as unknown as Message, BOT_INFO);
      if (result) expect(result.platform).toBe('telegram');
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.record({ id: fc.string(), chat_instance: fc.string(), from: fc.record({ id: fc.integer(), is_bot: fc.boolean(), first_name: fc.string() }), data: fc.option(fc.string(), { nil: undefined }), message: fc.option(fc.record({ message_id: fc.integer(), date: fc.integer(), chat }), { nil: undefined }) }), (q) => {
      parseCallback(q as never);
    }), { numRuns: 200 });
  });
});

describe('the WhatsApp parser', () => {
  it('turns any notification that passes the shape check into events, without throwing', () => {
    const message = fc.record({ from: fc.string({ minLength: 1 }), id: fc.string({ minLength: 1 }), timestamp: fc.integer({ min: 0 }).map(String), type: fc.constantFrom('text', 'interactive', 'audio', 'image', 'sticker', 'location', 'contacts', 'reaction', 'button', 'weird'), text: fc.option(fc.record({ body: text }), { nil: undefined }), interactive: fc.option(fc.record({ type: fc.string(), button_reply: fc.option(fc.record({ id: fc.string(), title: fc.string() }), { nil: undefined }) }), { nil: undefined }) });
    const payload = fc.record({ object: fc.constant('whatsapp_business_account'), entry: fc.array(fc.record({ changes: fc.array(fc.record({ field: fc.constantFrom('messages', 'other'), value: fc.record({ metadata: fc.option(fc.record({ phone_number_id: fc.constantFrom(PHONE_NUMBER_ID, '1') }), { nil: undefined }), messages: fc.option(fc.array(message), { nil: undefined }) }) })) })) });
    fc.assert(fc.property(payload, (p) => {
      const shaped = webhookSchema.safeParse(p);
      if (shaped.success) for (const e of parseWebhook(shaped.data, PHONE_NUMBER_ID)) expect(['message', 'status']).toContain(e.kind);
    }), { numRuns: 300 });
  });
});

describe('the webhooks', () => {
  const body = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constantFrom('{', '[]', 'null', '{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"from":"1"}]}}]}]}', '{"update_id":1,"message":5}', '{"update_id":"x"}'));
  it('answer random signed WhatsApp bodies with 200 or 4xx, never a crash', async () => {
    await fc.assert(fc.asyncProperty(body, async (raw) => {
      const res = await fetch(`${base}/whatsapp`, { method: 'POST', body: raw, headers: { 'x-hub-signature-256': sign(raw, APP_SECRET) } });
      expect([200, 400]).toContain(res.status);
    }), { numRuns: 60 });
  });

  it('answer random Telegram updates with the right secret with 200 or 400, never a crash', async () => {
    await fc.assert(fc.asyncProperty(body, async (raw) => {
      const res = await fetch(`${base}/tg`, { method: 'POST', body: raw, headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET } });
      expect([200, 400]).toContain(res.status);
    }), { numRuns: 60 });
    const alive = await fetch(`${base}/tg`, { method: 'POST', body: JSON.stringify({ update_id: 77 } satisfies Partial<Update>), headers: { 'x-telegram-bot-api-secret-token': TG_SECRET } });
    expect(alive.status).toBe(200);
  });
});
