/**
 * One Discord shard process, started by the ShardingManager (adapters/discord/shards.ts).
 * discord.js reads the shard ids it was given from the environment, so the adapter runs unchanged.
 * Sessions must live in a store shared by every shard (REDIS_URL) for conversations to survive
 * a person's messages landing on different shards (DMs and servers can be on different shards).
 */
import { createCore } from '../../src/core.ts';
import { createLogger } from '../../src/log.ts';
import { readConfig } from '../config.ts';
import { createDiscordAdapter } from './index.ts';

const config = readConfig();
if (!config.DISCORD_BOT_TOKEN) throw new Error('DISCORD_BOT_TOKEN is required for a Discord shard');
const logger = createLogger({ level: config.LOG_LEVEL });
const core = await createCore(config.SESSION_SECRET ? { sessionSecret: config.SESSION_SECRET } : {});
const discord = createDiscordAdapter({ token: config.DISCORD_BOT_TOKEN, core, logger, ...(config.DISCORD_API_BASE_URL && { apiBase: config.DISCORD_API_BASE_URL }) });
await discord.start();
process.once('SIGTERM', () => void discord.stop().then(() => process.exit(0)));
