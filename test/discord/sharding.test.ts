import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ID, startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';
import { envWithoutDeployment } from '../helpers/spawn-bot.ts';

let discord: FakeDiscord | undefined;
afterEach(async () => discord?.close());

describe('npm run discord:shards', () => {
  it('runs the unchanged adapter as one process per shard under discord.js\'s ShardingManager', async () => {
    discord = await startFakeDiscord();
    const env = envWithoutDeployment();
    // Its own process group, so that the manager and every shard it forked stop together.
    const manager = spawn(process.execPath, ['--import', 'tsx', 'adapters/discord/shards.ts'], {
      env: { ...env, DISCORD_BOT_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.fake.token-for-tests', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_BASE_URL: discord.apiBase, DISCORD_SHARDS: '2', LOG_LEVEL: 'silent' },
      stdio: 'ignore',
      detached: true,
    });
    try {
      const until = Date.now() + 25_000;
      while (discord.shards.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(discord.shards.sort()).toEqual([[0, 2], [1, 2]]);
      expect(discord.identify!.intents).toBe(4609);
    } finally {
      process.kill(-manager.pid!, 'SIGTERM');
    }
  }, 30_000);
});
