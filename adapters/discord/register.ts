/**
 * `npm run discord:register`: registers the slash commands with Discord, globally or, with
 * DISCORD_GUILD_ID, for one server (instant, good for trying out; global changes can take a while
 * to reach every client).
 */
import { REST, Routes } from 'discord.js';
import { createCore, type Core } from '../../src/core.ts';
import { buildCommands } from './commands.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiBase?: string;
}

export async function registerCommands(core: Core, options: RegisterOptions): Promise<number> {
  const rest = new REST({ ...(options.apiBase && { api: options.apiBase }) }).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const registered = (await rest.put(route, { body: buildCommands(core) })) as unknown[];
  return registered.length;
}

async function main(): Promise<void> {
  const { DISCORD_BOT_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_BASE_URL: apiBase } = process.env;
  const missing = [!token && 'DISCORD_BOT_TOKEN', !applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean);
  if (missing.length) {
    console.error(`Set ${missing.join(' and ')} (see .env.example).`);
    process.exit(2);
  }
  const count = await registerCommands(await createCore({ limits: false }), { token: token!, applicationId: applicationId!, ...(guildId && { guildId }), ...(apiBase && { apiBase }) });
  console.log(`Registered ${count} commands ${guildId ? 'for one server' : 'globally'}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`Registration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
