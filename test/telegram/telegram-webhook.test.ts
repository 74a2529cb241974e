import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../adapters/telegram/index.ts';
import { createHttpServer, listen } from '../../adapters/http/server.ts';
import { createCore } from '../../src/core.ts';
import { silentLogger } from '../../src/log.ts';
import { BOT_INFO, BOT_TOKEN, startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.ts';

const SECRET = 'webhook_secret-0123456789';
let api: FakeTelegram;
let adapter: TelegramAdapter;
let server: Server;
let url: string;

beforeEach(async () => {
  api = await startFakeTelegram();
  const core = await createCore();
  adapter = createTelegramAdapter({ token: BOT_TOKEN, core, logger: silentLogger, apiRoot: api.url, botInfo: BOT_INFO, throttle: false, webhook: { url: 'https://bot.example.org/telegram/hook', secret: SECRET } });
  server = createHttpServer(new Map([[adapter.webhookPath!, adapter.webhookHandler!]]), silentLogger);
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/telegram/hook`;
});
afterEach(async () => {
  server.closeAllConnections();
  server.close();
  await api.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const update = (text: string) => JSON.stringify({ update_id: 1, ...textUpdate(text) });

describe('the Telegram webhook', () => {
  it('is mounted at the path of TELEGRAM_WEBHOOK_URL and answers a correctly signed update', async () => {
    const res = await post(update('/start'), { 'x-telegram-bot-api-secret-token': SECRET });
    expect(res.status).toBe(200);
    expect(api.method('sendMessage')).toHaveLength(1);
  });

  it('rejects a request without the right secret token before reading it', async () => {
    expect((await post(update('/start'))).status).toBe(401);
    expect((await post(update('/start'), { 'x-telegram-bot-api-secret-token': 'wrong-secret-0123456789' })).status).toBe(401);
    expect(api.method('sendMessage')).toHaveLength(0);
  });

  it('rejects malformed JSON, a body that is not an update, an oversized body, and GET', async () => {
    const auth = { 'x-telegram-bot-api-secret-token': SECRET };
    expect((await post('{"update_id": 1, "message": ', auth)).status).toBe(400);
    expect((await post('{"hello": "world"}', auth)).status).toBe(400);
    expect((await post(JSON.stringify({ update_id: 2, padding: 'x'.repeat(300 * 1024) }), auth)).status).toBe(413);
    expect((await fetch(url, { headers: auth })).status).toBe(405);
    expect(api.method('sendMessage')).toHaveLength(0);
    // And it still works afterwards.
    expect((await post(update('hi'), auth)).status).toBe(200);
  });

  it('sets the webhook with the secret on start', async () => {
    await adapter.start();
    expect(api.method('setWebhook')).toEqual([expect.objectContaining({ url: 'https://bot.example.org/telegram/hook', secret_token: SECRET })]);
  });
});
