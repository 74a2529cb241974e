/**
 * The composition root: reads the configuration, builds the core and every configured adapter,
 * and mounts the webhook routes. The only file that knows every adapter. With no platform
 * credentials it opens the terminal chat.
 */
import type { Server } from 'node:http';
import { createCore } from '../src/core.ts';
import { ContentInvalidError } from '../src/content/problems.ts';
import { createLogger } from '../src/log.ts';
import { runTerminalChat } from './cli/terminal.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { createHttpServer, listen, type RouteHandler } from './http/server.ts';
import { createDiscordAdapter } from './discord/index.ts';
import { createTelegramAdapter } from './telegram/index.ts';
import { createWhatsAppAdapter, WHATSAPP_PATH } from './whatsapp/index.ts';

interface Running {
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  const config = readConfig();
  const secret = config.SESSION_SECRET ? { sessionSecret: config.SESSION_SECRET } : {};
  if (!hasPlatform(config)) {
    // One local person at a keyboard (or a script piping lines) needs no flood limits.
    await runTerminalChat(await createCore({ ...secret, limits: false }));
    return;
  }

  const logger = createLogger(config.LOG_LEVEL);
  const core = await createCore(secret);
  const routes = new Map<string, RouteHandler>();
  const running: Running[] = [];

  if (config.TELEGRAM_BOT_TOKEN) {
    const telegram = createTelegramAdapter({
      token: config.TELEGRAM_BOT_TOKEN,
      core,
      logger,
      ...(config.TELEGRAM_API_ROOT && { apiRoot: config.TELEGRAM_API_ROOT }),
      ...(config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET && { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET } }),
    });
    if (telegram.webhookHandler && telegram.webhookPath) routes.set(telegram.webhookPath, telegram.webhookHandler);
    await telegram.start();
    running.push(telegram);
  }

  if (config.DISCORD_BOT_TOKEN) {
    const discord = createDiscordAdapter({ token: config.DISCORD_BOT_TOKEN, core, logger, ...(config.DISCORD_API_BASE_URL && { apiBase: config.DISCORD_API_BASE_URL }) });
    await discord.start();
    running.push(discord);
  }

  if (config.WHATSAPP_ACCESS_TOKEN && config.WHATSAPP_PHONE_NUMBER_ID && config.WHATSAPP_APP_SECRET && config.WHATSAPP_VERIFY_TOKEN) {
    const whatsapp = createWhatsAppAdapter({
      accessToken: config.WHATSAPP_ACCESS_TOKEN,
      phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
      appSecret: config.WHATSAPP_APP_SECRET,
      verifyToken: config.WHATSAPP_VERIFY_TOKEN,
      ...(config.WHATSAPP_API_BASE_URL && { baseUrl: config.WHATSAPP_API_BASE_URL }),
      core,
      logger,
    });
    routes.set(WHATSAPP_PATH, (req, res) => whatsapp.handle(req, res));
    running.push({ stop: () => whatsapp.idle() });
  }

  let server: Server | undefined;
  if (routes.size > 0) {
    server = createHttpServer(routes, logger);
    const port = await listen(server, config.PORT);
    logger.info({ event: 'http_listening', port, routes: [...routes.keys()] }, 'HTTP server listening');
  }

  const shutdown = async (signal: string) => {
    logger.info({ event: 'shutdown', signal }, 'stopping');
    server?.close();
    await Promise.allSettled(running.map((r) => r.stop()));
    server?.closeAllConnections();
    logger.flush();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
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
