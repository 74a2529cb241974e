import { PassThrough } from 'node:stream';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../adapters/app.ts';
import { ConfigError, readConfig } from '../../adapters/config.ts';
import { sign } from '../../adapters/whatsapp/signature.ts';
import { createLogger } from '../../src/log.ts';
import { APP_SECRET, notification, startFakeGraph, textMessage, type FakeGraph } from '../fakes/graph-api.ts';
import { BOT_TOKEN, startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.ts';
import { whatsappConfig } from '../helpers/bot-config.ts';

let graph: FakeGraph | undefined;
let telegram: FakeTelegram | undefined;
let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  await graph?.close();
  await telegram?.close();
});

const TG_SECRET = 'tg_secret-0123456789abcdef';

async function startLogged(): Promise<{ logs: () => string }> {
  graph = await startFakeGraph();
  telegram = await startFakeTelegram();
  const out = new PassThrough();
  let captured = '';
  out.on('data', (chunk: Buffer) => (captured += chunk.toString()));
  const config = whatsappConfig(graph.url, {
    LOG_LEVEL: 'trace', TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: telegram.url,
    TELEGRAM_WEBHOOK_URL: 'http://127.0.0.1/telegram', TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
  });
  bot = await startBot(config, { logger: createLogger({ level: 'trace', destination: out }), telegramThrottle: false });
  return { logs: () => captured };
}

describe('logs', () => {
  it('never contain message text, a phone number, a name, a user or chat id, or a token', async () => {
    const { logs } = await startLogged();
    const words = 'My name is Maria Lopez and my number is 917-555-0134, ICE took my husband Jose this morning';
    const phone = '15559871234';
    const body = JSON.stringify(notification(textMessage(words), phone));
    await fetch(`http://127.0.0.1:${bot!.port}/whatsapp`, { method: 'POST', body, headers: { 'x-hub-signature-256': sign(body, APP_SECRET) } });
    await bot!.idle();
    const update = { update_id: 9, ...textUpdate(words, { chatId: 424242, userId: 434343 }) } as Update;
    await fetch(`http://127.0.0.1:${bot!.port}/telegram`, { method: 'POST', body: JSON.stringify(update), headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET } });
    await new Promise((r) => setTimeout(r, 100));

    const text = logs();
    expect(text).toMatch(/"event":"answered"/);
    expect(text.match(/"platform":"(whatsapp|telegram)"/g)?.length).toBeGreaterThanOrEqual(2);
    for (const secret of ['Maria', 'Lopez', 'Jose', '917-555-0134', '9175550134', phone, '424242', '434343', BOT_TOKEN, TG_SECRET, APP_SECRET, 'husband']) {
      expect(text).not.toContain(secret);
    }
    for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('/healthz and /metrics', () => {
  it('report readiness and count answers by platform, topic, language and urgency, with no ids', async () => {
    await startLogged();
    const health = await fetch(`http://127.0.0.1:${bot!.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', content: 'loaded', store: 'memory' });
    const body = JSON.stringify(notification(textMessage('ICE is at my door right now'), '15550009999'));
    await fetch(`http://127.0.0.1:${bot!.port}/whatsapp`, { method: 'POST', body, headers: { 'x-hub-signature-256': sign(body, APP_SECRET) } });
    await bot!.idle();
    const metrics = await (await fetch(`http://127.0.0.1:${bot!.port}/metrics`)).text();
    expect(metrics).toMatch(/kyr_answers_total\{platform="whatsapp",topic="door",lang="en",urgent="true"\} 1/);
    expect(metrics).toMatch(/kyr_messages_total\{platform="whatsapp"\} 1/);
    expect(metrics).toMatch(/kyr_answer_seconds_bucket/);
    expect(metrics).not.toContain('15550009999');
  });
});

describe('configuration', () => {
  it('names every problem by variable, with what is expected', () => {
    let error: unknown;
    try {
      readConfig({ PORT: 'eighty', WHATSAPP_ACCESS_TOKEN: 'EAAG-0123456789-0123456789', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: must be a port number/m);
    expect(problems).toMatch(/^WHATSAPP_PHONE_NUMBER_ID: is required for WhatsApp/m);
    expect(problems).toMatch(/^WHATSAPP_APP_SECRET: is required/m);
    expect(problems).toMatch(/^TELEGRAM_WEBHOOK_SECRET: is required when TELEGRAM_WEBHOOK_URL is set/m);
    expect(problems).toMatch(/^REDIS_URL: must be a redis:\/\//m);
  });

  it('requires SESSION_SECRET with REDIS_URL, so every instance derives the same keys', () => {
    expect(() => readConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/SESSION_SECRET: is required with REDIS_URL/);
  });
});
