/**
 * The Telegram adapter (grammY): updates in, the core's replies out as Bot API calls.
 * Private chats and groups, by long polling or by webhook.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Bot, GrammyError, HttpError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import type { Core } from '../../src/core.ts';
import type { Lang } from '../../src/content/topic-ids.ts';
import type { Inbound, Turn } from '../../src/types.ts';
import type { Logger } from '../../src/log.ts';
import { registerCommands } from './commands.ts';
import { GLOBAL_MESSAGES_PER_SECOND, GROUP_MESSAGES_PER_MINUTE, PRIVATE_CHAT_MIN_INTERVAL_MS } from './limits.ts';
import { needsAdminCheck, parseCallback, parseMessage, type ParsedMessage } from './parse.ts';
import { renderTelegram } from './render.ts';
import { telegramWebhook } from './webhook.ts';

export interface TelegramOptions {
  token: string;
  core: Core;
  logger: Logger;
  /** Another Bot API server (self-hosted, or a fake in tests). No trailing slash. */
  apiRoot?: string;
  /** Webhook mode: the public URL Telegram posts to, and the secret it must send back. */
  webhook?: { url: string; secret: string };
  /** Skips the getMe call at start-up (tests). */
  botInfo?: UserFromGetMe;
  /** Telegram's own send limits; off only against a local fake in benchmarks. */
  throttle?: boolean;
}

export interface TelegramAdapter {
  bot: Bot;
  /** Webhook mode: the HTTP handler for the webhook path (it checks the secret token). */
  webhookHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** The path of the webhook URL, for mounting the handler. */
  webhookPath?: string;
  /** Connects: registers commands, then starts long polling or sets the webhook. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createTelegramAdapter(options: TelegramOptions): TelegramAdapter {
  const { core, logger } = options;
  const bot = new Bot(options.token, {
    ...(options.botInfo && { botInfo: options.botInfo }),
    ...(options.apiRoot && { client: { apiRoot: options.apiRoot.replace(/\/+$/, '') } }),
  });
  // A 429 is waited out and the call repeated; 5xx and network errors too, a few times.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowInternalServerErrors: false }));
  if (options.throttle !== false) {
    bot.api.config.use(apiThrottler({
      global: { reservoir: GLOBAL_MESSAGES_PER_SECOND, reservoirRefreshAmount: GLOBAL_MESSAGES_PER_SECOND, reservoirRefreshInterval: 1000 },
      group: { maxConcurrent: 1, reservoir: GROUP_MESSAGES_PER_MINUTE, reservoirRefreshAmount: GROUP_MESSAGES_PER_MINUTE, reservoirRefreshInterval: 60_000 },
      out: { maxConcurrent: 1, minTime: PRIVATE_CHAT_MIN_INTERVAL_MS },
    }));
  }

  /** Sends a turn's messages to one chat; in a group, in thread under `replyTo`. */
  const deliver = async (chatId: number, replies: Turn['replies'], replyTo?: number) => {
    for (const message of renderTelegram(replies)) {
      await bot.api.sendMessage(chatId, message.html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(message.keyboard && { reply_markup: message.keyboard }),
        ...(replyTo !== undefined && { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
      });
    }
  };
  const forbidden = (error: unknown) => error instanceof GrammyError && error.error_code === 403;

  const answer = async (ctx: Context, inbound: ParsedMessage): Promise<Turn | undefined> => {
    if (needsAdminCheck(inbound) && inbound.isAdmin === undefined) {
      const member = await ctx.getChatMember(Number(inbound.userId));
      inbound.isAdmin = member.status === 'creator' || member.status === 'administrator';
    }
    const turn = await core.respond(inbound);
    try {
      // In a group, answer in thread under the message that asked.
      await deliver(Number(inbound.conversationId), turn.replies, inbound.chat === 'group' ? inbound.messageId : undefined);
    } catch (error) {
      if (!forbidden(error)) throw error;
      // Blocked, or removed from the group: keep nothing about this person.
      await core.forget(inbound);
      logger.info({ event: 'telegram_forbidden', chat: inbound.chat }, 'the bot may no longer write to this chat; its session was forgotten');
      return undefined;
    }
    return turn;
  };

  /**
   * A press on a button in a group is answered in the presser's private chat when Telegram lets
   * the bot write there (they have started it), so the group does not learn what they chose.
   * Otherwise the answer goes to the group, as before. Returns the toast for the button.
   */
  const answerPrivatelyIfPossible = async (ctx: Context, inbound: ParsedMessage): Promise<{ turn?: Turn; toast?: string }> => {
    if (inbound.chat !== 'group' || (inbound.action ?? '').startsWith('lang')) return { turn: await answer(ctx, inbound) };
    const privately: Inbound = { ...inbound, conversationId: inbound.userId, chat: 'private' };
    const turn = await core.respond(privately);
    try {
      await deliver(Number(inbound.userId), turn.replies);
      return { turn, toast: core.strings.t(turn.locale as Lang)('telegram.sent_privately') };
    } catch (error) {
      if (!forbidden(error)) throw error;
      await core.forget(privately);
      return { turn: await answer(ctx, inbound) };
    }
  };

  const logAnswered = (turn: Turn | undefined, chatKind: Inbound['chat'], started: number) => {
    if (turn) logger.info({ event: 'answered', platform: 'telegram', topic: turn.topic, lang: turn.locale, urgent: turn.urgent, chatKind, ms: Math.round(performance.now() - started) }, 'answered');
  };

  bot.on('callback_query', async (ctx) => {
    const started = performance.now();
    const inbound = parseCallback(ctx.callbackQuery);
    if (!inbound) {
      await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }
    try {
      const { turn, toast } = await answerPrivatelyIfPossible(ctx, inbound);
      logAnswered(turn, inbound.chat, started);
      await ctx.answerCallbackQuery(toast ? { text: toast } : {}).catch(() => undefined);
    } catch (error) {
      // Whatever happened, stop the button's spinner.
      await ctx.answerCallbackQuery().catch(() => undefined);
      throw error;
    }
  });
  bot.on('message', async (ctx) => {
    const started = performance.now();
    const inbound = parseMessage(ctx.message, ctx.me);
    if (inbound) logAnswered(await answer(ctx, inbound), inbound.chat, started);
  });

  // The one place every adapter error arrives. One failing chat never stops the bot.
  bot.catch((err) => {
    const e = err.error;
    const detail = e instanceof GrammyError ? { method: e.method, code: e.error_code } : e instanceof HttpError ? { network: true } : { name: e instanceof Error ? e.name : typeof e };
    logger.error({ event: 'telegram_error', ...detail }, 'a Telegram update could not be answered');
  });

  const webhookPath = options.webhook ? new URL(options.webhook.url).pathname : undefined;
  const webhookHandler = options.webhook ? telegramWebhook(bot, options.webhook.secret) : undefined;

  return {
    bot,
    ...(webhookHandler && { webhookHandler, webhookPath }),
    async start() {
      await bot.init();
      await registerCommands(bot.api, core).catch((error: unknown) => logger.warn({ event: 'telegram_commands_failed', name: error instanceof Error ? error.name : 'unknown' }, 'could not set the command menu'));
      if (options.webhook) {
        await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secret, allowed_updates: ['message', 'callback_query'] });
        logger.info({ event: 'telegram_webhook_set', path: webhookPath }, 'Telegram webhook mode');
      } else {
        // Resolves once polling runs; a wrong token or unreachable API rejects here instead.
        await new Promise<void>((resolve, reject) => {
          bot.start({ allowed_updates: ['message', 'callback_query'], onStart: () => resolve() }).catch((error: unknown) => {
            logger.error({ event: 'telegram_polling_stopped', name: error instanceof Error ? error.name : 'unknown' }, 'Telegram long polling stopped');
            reject(error instanceof Error ? error : new Error(String(error)));
          });
        });
        logger.info({ event: 'telegram_polling' }, 'Telegram long-polling mode');
      }
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
    },
  };
}
