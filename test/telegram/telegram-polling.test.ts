import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.ts';

let api: FakeTelegram | undefined;
afterEach(async () => api?.close());

describe('npm start with TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT', () => {
  it('long-polls any Bot API server at that address and answers updates with sendMessage', async () => {
    api = await startFakeTelegram();
    api.push(textUpdate('do i have to open the door for ice'));
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TELEGRAM|DISCORD|WHATSAPP)_/.test(k)));
    const bot = spawn('npx', ['tsx', 'adapters/main.ts'], { env: { ...env, TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
    try {
      const reply = await api.waitFor((c) => c.path.endsWith('/sendMessage'), 15_000);
      expect(String((reply.body as { text: string }).text)).toMatch(/Do not open the door/);
      expect(api.calls.some((c) => c.path === `/bot${BOT_TOKEN}/getUpdates`)).toBe(true);
    } finally {
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      await exited;
    }
  }, 20_000);
});
