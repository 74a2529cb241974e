import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.ts';
import { spawnBot } from '../helpers/spawn-bot.ts';
import { sign } from '../../adapters/whatsapp/signature.ts';
import { ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN, notification, startFakeGraph, textMessage, type FakeGraph } from '../fakes/graph-api.ts';

let graph: FakeGraph | undefined;
afterEach(async () => graph?.close());

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe('npm start with the five WhatsApp variables', () => {
  it('serves /whatsapp: a signed text gets an answer, an unsigned one 401 and no reply', async () => {
    graph = await startFakeGraph();
    const port = await freePort();
    const bot = spawnBot({ PORT: String(port), WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID, WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN, WHATSAPP_API_BASE_URL: graph.url });
    try {
      const url = `http://127.0.0.1:${port}/whatsapp`;
      await until(async () => (await fetch(`${url}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`)).status === 200, 15_000);
      const unsigned = JSON.stringify(notification(textMessage('what are my rights at work')));
      expect((await fetch(url, { method: 'POST', body: unsigned, headers: { 'content-type': 'application/json' } })).status).toBe(401);
      const body = JSON.stringify(notification(textMessage('can i record ice on my phone')));
      expect((await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body, APP_SECRET) } })).status).toBe(200);
      const reply = await graph.waitFor((c) => c.path === `/v24.0/${PHONE_NUMBER_ID}/messages` && (c.body as { status?: string }).status !== 'read', 10_000);
      expect(JSON.stringify(reply.body)).toMatch(/record|film/i);
      expect(graph.messages().every((m) => !JSON.stringify(m).includes('rights at work'))).toBe(true);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 25_000);
});
