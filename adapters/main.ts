/**
 * `npm start`: reads the configuration and runs every platform whose credentials are present,
 * with one HTTP server for webhooks, /healthz and /metrics. With none, it opens the terminal chat.
 */
import { createCore } from '../src/core.ts';
import { ContentInvalidError } from '../src/content/problems.ts';
import { startBot } from './app.ts';
import { runTerminalChat } from './cli/terminal.ts';
import { ConfigError, readConfig, type Config } from './config.ts';

async function main(): Promise<void> {
  const config = readConfig();
  if (!hasPlatform(config)) {
    // One local person at a keyboard (or a script piping lines) needs no flood limits.
    await runTerminalChat(await createCore({ limits: false, ...(config.SESSION_SECRET && { sessionSecret: config.SESSION_SECRET }) }));
    return;
  }
  const bot = await startBot(config);
  const shutdown = () => {
    bot.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

function hasPlatform(config: Config): boolean {
  return Boolean(config.TELEGRAM_BOT_TOKEN || config.DISCORD_BOT_TOKEN || config.WHATSAPP_ACCESS_TOKEN);
}

main().catch((error: unknown) => {
  if (error instanceof ContentInvalidError) {
    console.error(`The bot will not start: ${error.message}\nRun npm run content:check for details.`);
  } else if (error instanceof ConfigError) {
    console.error(`The bot will not start. ${error.message}\nSee .env.example for every variable.`);
  } else {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
  }
  process.exit(1);
});
