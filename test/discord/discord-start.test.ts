import { afterEach, describe, expect, it } from 'vitest';
import { spawnBot } from '../helpers/spawn-bot.ts';
import { APP_ID, DM_CHANNEL_ID, USER, messageObject, startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';

let discord: FakeDiscord | undefined;
afterEach(async () => discord?.close());

describe('npm start with DISCORD_BOT_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_BASE_URL', () => {
  it('runs the bot against a Discord-compatible REST and gateway, without the Message Content intent', async () => {
    discord = await startFakeDiscord();
    const bot = spawnBot({ DISCORD_BOT_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.fake.token-for-tests', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE_URL: discord.apiBase });
    try {
      await discord.identified;
      expect(discord.identify!.intents & (1 << 15)).toBe(0);
      // READY reaches the client a moment after IDENTIFY; a DM is answered once it is connected.
      const dm = () => discord!.dispatch('MESSAGE_CREATE', { ...messageObject({ channel_id: DM_CHANNEL_ID, author: USER, content: 'can ice search my phone at the airport' }), channel_type: 1 });
      const answered = discord.waitFor((c) => c.path.endsWith(`/channels/${DM_CHANNEL_ID}/messages`), 15_000);
      const retry = setInterval(dm, 300);
      const reply = await answered.finally(() => clearInterval(retry));
      expect((reply.body as { content: string }).content.length).toBeGreaterThan(50);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 20_000);
});
