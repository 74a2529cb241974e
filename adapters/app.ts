/**
 * Builds and starts the whole bot from a configuration: shared state (memory or Redis), the core,
 * every configured adapter, and the one HTTP server (webhooks, /healthz, /metrics). `npm start`
 * uses it, and so do the tests and the load benchmark, so they exercise exactly what runs.
 */
import type { Server } from 'node:http';
import { createCore } from '../src/core.ts';
import { createLogger, type Logger } from '../src/log.ts';
import type { Config } from './config.ts';
import { createDiscordAdapter } from './discord/index.ts';
import { createHttpServer, listen, type RouteHandler } from './http/server.ts';
import { createMetrics, instrument } from './ops/metrics.ts';
import { memoryState, redisState, type SharedState } from './ops/state.ts';
import { createTelegramAdapter } from './telegram/index.ts';
import { createWhatsAppAdapter, WHATSAPP_PATH } from './whatsapp/index.ts';

export interface RunningBot {
  port: number;
  state: SharedState;
  /** Resolves when every accepted webhook has been answered. */
  idle(): Promise<void>;
  /** Stops taking updates, finishes those in flight, closes shared state. */
  stop(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  /** Telegram's send throttling; off only against a local fake in benchmarks. */
  telegramThrottle?: boolean;
  host?: string;
}

export async function startBot(config: Config, options: AppOptions = {}): Promise<RunningBot> {
  const metrics = createMetrics();
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, onError: (kind) => metrics.errors.inc({ kind }) });
  const state = config.REDIS_URL ? await redisState(config.REDIS_URL, logger) : memoryState();
  const core = instrument(
    await createCore({ store: state.store, limits: state.limits, ...(config.SESSION_SECRET && { sessionSecret: config.SESSION_SECRET }) }),
    metrics,
  );
  const routes = new Map<string, RouteHandler>();
  const stoppers: (() => Promise<void>)[] = [];
  const idlers: (() => Promise<void>)[] = [];

  if (config.TELEGRAM_BOT_TOKEN) {
    const telegram = createTelegramAdapter({
      token: config.TELEGRAM_BOT_TOKEN,
      core,
      logger,
      ...((options.telegramThrottle === false || config.TELEGRAM_THROTTLE === 'off') && { throttle: false }),
      ...(config.TELEGRAM_API_ROOT && { apiRoot: config.TELEGRAM_API_ROOT }),
      ...(config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET && { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET } }),
    });
    if (telegram.webhookHandler && telegram.webhookPath) routes.set(telegram.webhookPath, telegram.webhookHandler);
    await telegram.start();
    stoppers.push(() => telegram.stop());
  }
  if (config.DISCORD_BOT_TOKEN) {
    const discord = createDiscordAdapter({ token: config.DISCORD_BOT_TOKEN, core, logger, ...(config.DISCORD_API_BASE_URL && { apiBase: config.DISCORD_API_BASE_URL }) });
    await discord.start();
    stoppers.push(() => discord.stop());
  }
  if (config.WHATSAPP_ACCESS_TOKEN && config.WHATSAPP_PHONE_NUMBER_ID && config.WHATSAPP_APP_SECRET && config.WHATSAPP_VERIFY_TOKEN) {
    const whatsapp = createWhatsAppAdapter({
      accessToken: config.WHATSAPP_ACCESS_TOKEN, phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
      appSecret: config.WHATSAPP_APP_SECRET, verifyToken: config.WHATSAPP_VERIFY_TOKEN,
      ...(config.WHATSAPP_API_BASE_URL && { baseUrl: config.WHATSAPP_API_BASE_URL }),
      core, logger, deduper: state.deduper,
    });
    routes.set(WHATSAPP_PATH, (req, res) => whatsapp.handle(req, res));
    stoppers.push(() => whatsapp.stop());
    idlers.push(() => whatsapp.idle());
  }

  routes.set('/healthz', async (_req, res) => {
    const storeAnswers = await state.healthy();
    const body = { status: storeAnswers ? 'ok' : 'degraded', content: 'loaded', store: state.kind, storeAnswers };
    res.writeHead(storeAnswers ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  routes.set('/metrics', async (_req, res) => {
    res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics());
  });

  const server: Server = createHttpServer(routes, logger);
  const port = await listen(server, config.PORT, options.host);
  logger.info({ event: 'http_listening', port, routes: [...routes.keys()], store: state.kind }, 'HTTP server listening');

  return {
    port,
    state,
    async idle() {
      await Promise.all(idlers.map((idle) => idle()));
    },
    async stop() {
      // New connections are refused at once; requests already inside finish.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled(stoppers.map((stop) => stop()));
      server.closeAllConnections();
      await closed;
      await state.close();
      logger.flush();
    },
  };
}
