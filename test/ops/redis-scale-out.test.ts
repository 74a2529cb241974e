import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../adapters/app.ts';
import { sign } from '../../adapters/whatsapp/signature.ts';
import { silentLogger } from '../../src/log.ts';
import { APP_SECRET, notification, startFakeGraph, textMessage, type FakeGraph } from '../fakes/graph-api.ts';
import { freshSecret, whatsappConfig } from '../helpers/bot-config.ts';
import { REDIS_URL, privateRedis, redisSkipReason, type PrivateRedis } from '../helpers/redis.ts';

let graph: FakeGraph | undefined;
const bots: RunningBot[] = [];
let redis: PrivateRedis | undefined;
afterEach(async () => {
  await Promise.all(bots.splice(0).map((b) => b.stop()));
  await graph?.close();
  await redis?.stop();
  redis = undefined;
});

async function deliver(bot: RunningBot, payload: unknown) {
  const body = JSON.stringify(payload);
  const res = await fetch(`http://127.0.0.1:${bot.port}/whatsapp`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body, APP_SECRET) } });
  expect(res.status).toBe(200);
  await bot.idle();
}
/** Sends one message through `bot` and returns everything the bot sent back, as JSON text. */
async function say(bot: RunningBot, text: string, person: string): Promise<string> {
  const mark = graph!.messages().length;
  await deliver(bot, notification(textMessage(text), person));
  return graph!.messages().slice(mark).map((m) => JSON.stringify(m)).join('\n');
}

describe.skipIf(!REDIS_URL)('two instances sharing one Redis', () => {
  it('keep a conversation whose turns alternate between them, answer a webhook once, and honour /forget on either', async () => {
    graph = await startFakeGraph();
    const config = whatsappConfig(graph.url, { REDIS_URL: REDIS_URL!, SESSION_SECRET: freshSecret() });
    const [a, b] = [await startBot(config, { logger: silentLogger }), await startBot(config, { logger: silentLogger })];
    bots.push(a!, b!);
    const person = '15557770001';

    expect(await say(a!, 'what should i do if immigration comes to my home', person)).toMatch(/Do not open the door/);
    await say(b!, 'and if they come in anyway?', person);
    // "more" on A expands the topic B answered: the session travelled through Redis.
    expect(await say(a!, 'more', person)).toMatch(/Why say \\"I do not consent\\"/);

    const retried = notification(textMessage('can i film ice'), person);
    let mark = graph.messages().length;
    await Promise.all([deliver(a!, retried), deliver(b!, retried)]);
    const once = graph.messages().length - mark;
    expect(once).toBeGreaterThan(0);
    mark = graph.messages().length;
    // The same words under a new message id are answered again.
    await deliver(a!, notification(textMessage('can i film ice'), person));
    expect(graph.messages().length - mark).toBe(once);

    expect(await say(b!, '/forget', person)).toMatch(/deleted everything/);
    // A new conversation on A: the once-per-conversation notice comes again.
    expect(await say(a!, 'what do i do if ice stops me on the street', person)).toMatch(/not legal advice/);
  }, 20_000);
});

describe.skipIf(!REDIS_URL)('when Redis goes away', () => {
  it('keeps answering without context, reports it in /healthz, and recovers by itself', async () => {
    graph = await startFakeGraph();
    redis = await privateRedis();
    const bot = await startBot(whatsappConfig(graph.url, { REDIS_URL: redis.url, SESSION_SECRET: freshSecret() }), { logger: silentLogger });
    bots.push(bot);
    const person = '15557770002';
    const health = async () => (await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status;
    expect(await health()).toBe(200);
    await say(bot, 'what are my rights if ice stops me on the street', person);

    await redis.stop();
    expect(await say(bot, 'do i have to open the door for ice', person)).toMatch(/Do not open the door/);
    expect(await health()).toBe(503);

    await redis.start();
    const until = Date.now() + 10_000;
    while ((await health()) !== 200 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(await health()).toBe(200);
    await say(bot, 'can ice come into my kids public school', person);
    // "more" expands the schools answer: context works again.
    expect(await say(bot, 'more', person)).toMatch(/cancelled its 2021 \\"protected areas\\" guidelines/);
  }, 30_000);
});

if (redisSkipReason) describe('Redis', () => it.skip(redisSkipReason!, () => undefined));
