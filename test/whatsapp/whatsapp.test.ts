import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from '../../adapters/http/server.ts';
import { createWhatsAppAdapter, WHATSAPP_PATH, type WhatsAppAdapter } from '../../adapters/whatsapp/index.ts';
import { sign } from '../../adapters/whatsapp/signature.ts';
import { createCore } from '../../src/core.ts';
import { silentLogger } from '../../src/log.ts';
import { copyContent, type ContentFixture } from '../helpers/content-fixture.ts';
import { ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN, notification, startFakeGraph, textMessage, type FakeGraph } from '../fakes/graph-api.ts';

let graph: FakeGraph;
let adapter: WhatsAppAdapter;
let server: Server;
let url: string;
let fixture: ContentFixture | undefined;

async function setUp(contentDir?: string) {
  graph = await startFakeGraph();
  const core = await createCore(contentDir ? { contentDir } : {});
  adapter = createWhatsAppAdapter({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, baseUrl: graph.url, core, logger: silentLogger });
  server = createHttpServer(new Map([[WHATSAPP_PATH, (req, res) => adapter.handle(req, res)]]), silentLogger);
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}${WHATSAPP_PATH}`;
}
async function tearDown() {
  server.closeAllConnections();
  server.close();
  await graph.close();
}
beforeEach(async () => setUp());
afterEach(async () => {
  await tearDown();
  fixture?.remove();
  fixture = undefined;
});

/** Posts a body signed with the app secret, or with the given signature header ('' for none). */
const post = (body: string, signature = sign(body, APP_SECRET)) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(signature && { 'x-hub-signature-256': signature }) }, body });
async function deliver(payload: unknown) {
  const res = await post(JSON.stringify(payload));
  await adapter.idle();
  return res;
}
const bodies = () => graph.messages();
const textOf = (m: Record<string, unknown>) =>
  m.type === 'text' ? String((m.text as { body: string }).body) : String(((m.interactive as { body: { text: string } }).body).text);

describe('the webhook handshake', () => {
  it('answers the challenge for the right verify token and refuses a wrong one', async () => {
    const ok = await fetch(`${url}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await fetch(`${url}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444`);
    expect(wrong.status).toBe(403);
  });
});

describe('a signed text message', () => {
  it('is answered through the Cloud API and marked read', async () => {
    const res = await deliver(notification(textMessage('if immigration comes to my door do i have to open it')));
    expect(res.status).toBe(200);
    const [first] = bodies();
    expect(graph.calls.every((c) => c.path === `/v24.0/${PHONE_NUMBER_ID}/messages`)).toBe(true);
    expect(first).toMatchObject({ messaging_product: 'whatsapp', to: '15551234567' });
    expect(bodies().map(textOf).join('\n')).toMatch(/Do not open the door/);
    expect(graph.readReceipts()).toHaveLength(1);
  });

  it('is rejected with 401 and no Graph call when forged, unsigned, or altered after signing', async () => {
    const body = JSON.stringify(notification(textMessage('hello')));
    expect((await post(body, sign(body, 'another-secret'))).status).toBe(401);
    expect((await post(body, '')).status).toBe(401);
    expect((await post(body.replace('hello', 'hellO'), sign(body, APP_SECRET))).status).toBe(401);
    expect((await post(body, 'sha256=abc')).status).toBe(401);
    await adapter.idle();
    expect(graph.calls).toHaveLength(0);
  });
});

describe('interactive replies', () => {
  it('follow a button reply and a list reply to their topics', async () => {
    await deliver(notification({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 't:warrant', title: 'Check a warrant' } } }));
    expect(bodies().map(textOf).join('\n')).toMatch(/Look at who signed the paper/);
    await deliver(notification({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 't:record', title: 'Filming ICE' } } }));
    expect(bodies().map(textOf).join('\n')).toMatch(/record|film/i);
  });
});

describe('what the bot cannot read', () => {
  it('answers an audio message with the text-only notice', async () => {
    await deliver(notification({ type: 'audio', audio: { id: 'media-1', mime_type: 'audio/ogg' } }));
    expect(bodies().map(textOf).join('\n')).toMatch(/only read text/);
  });
});

describe('retries and repeats', () => {
  it('answers a retried webhook once, but the same words sent twice both', async () => {
    const payload = notification(textMessage('can i film ice'));
    await deliver(payload);
    const once = bodies().length;
    await deliver(payload);
    expect(bodies()).toHaveLength(once);
    await deliver(notification(textMessage('can i film ice')));
    expect(bodies()).toHaveLength(once * 2);
  });

  it('never writes to someone whose message is older than 24 hours', async () => {
    await deliver(notification(textMessage('hi'), '15550001111', Date.now() - 25 * 60 * 60 * 1000));
    expect(bodies()).toHaveLength(0);
  });
});

describe('bad input', () => {
  it('rejects malformed JSON, an unexpected shape and an oversized body, and ignores status callbacks', async () => {
    expect((await post('{"object": "whatsapp_business_account", "entry": [')).status).toBe(400);
    expect((await post(JSON.stringify({ object: 'page', entry: [] }))).status).toBe(400);
    const huge = JSON.stringify({ ...notification(textMessage('x')), padding: 'x'.repeat(300 * 1024) });
    expect((await post(huge)).status).toBe(413);
    const status = { object: 'whatsapp_business_account', entry: [{ changes: [{ field: 'messages', value: { metadata: { phone_number_id: PHONE_NUMBER_ID }, statuses: [{ id: 'wamid.OUT1', status: 'failed', recipient_id: '15551234567', errors: [{ code: 131047 }] }] } }] }] };
    expect((await deliver(status)).status).toBe(200);
    expect(graph.calls).toHaveLength(0);
  });
});

describe('long answers', () => {
  it('splits a 6,000-character answer into texts of at most 4096 characters', async () => {
    await tearDown();
    fixture = copyContent();
    const paragraph = 'Keep the door closed and ask them to slide any paper under it. Stay calm, take notes and keep copies of everything you get.';
    fixture.edit('en/door.md', (t) => t.replace(/## More\n[\s\S]*$/, `## More\n${Array.from({ length: 48 }, () => paragraph).join('\n\n')}\n`));
    await setUp(fixture.dir);
    await deliver(notification({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'more:door', title: 'More' } } }));
    const texts = bodies().filter((m) => m.type === 'text').map(textOf);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) expect([...t].length).toBeLessThanOrEqual(4096);
    expect(texts.join('')).toContain(paragraph);
    expect(texts.every((t) => !/\s$/.test(t) && !/^\s/.test(t))).toBe(true);
  });
});
