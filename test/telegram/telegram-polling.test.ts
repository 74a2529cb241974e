import { afterEach, describe, expect, it } from 'vitest';
import { spawnBot } from '../helpers/spawn-bot.ts';
import { BOT_TOKEN, startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.ts';

let api: FakeTelegram | undefined;
afterEach(async () => api?.close());

describe('npm start with TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT', () => {
  it('long-polls any Bot API server at that address and answers updates with sendMessage', async () => {
    api = await startFakeTelegram();
    api.push(textUpdate('do i have to open the door for ice'));
    const bot = spawnBot({ TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: api.url });
    try {
      const reply = await api.waitFor((c) => c.path.endsWith('/sendMessage'), 15_000);
      expect(String((reply.body as { text: string }).text)).toMatch(/Do not open the door/);
      expect(api.calls.some((c) => c.path === `/bot${BOT_TOKEN}/getUpdates`)).toBe(true);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 20_000);
});
