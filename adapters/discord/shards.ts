/**
 * `npm run discord:shards`: runs the Discord bot as several shard processes with discord.js's
 * ShardingManager, for servers beyond what one gateway connection may carry (Discord requires
 * sharding from 2,500 servers). DISCORD_SHARDS sets the count; by default Discord recommends one.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';

const token = process.env.DISCORD_BOT_TOKEN;
if (!token) {
  console.error('Set DISCORD_BOT_TOKEN (see .env.example).');
  process.exit(2);
}
const manager = new ShardingManager(fileURLToPath(new URL('./shard-entry.ts', import.meta.url)), {
  token,
  totalShards: process.env.DISCORD_SHARDS ? Number(process.env.DISCORD_SHARDS) : 'auto',
  // Each shard runs the TypeScript entry through tsx, as `npm start` does.
  execArgv: ['--import', 'tsx'],
});
manager.on('shardCreate', (shard) => console.error(`shard ${shard.id} started`));
await manager.spawn();
