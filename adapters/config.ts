/**
 * The configuration, read once from the environment at start-up and validated. Each problem is
 * reported with the variable's name and what it should be. See .env.example for every variable.
 */
import { z } from 'zod';

const httpUrl = z.string().url('must be a full URL such as https://bot.example.org/telegram');

const schema = z
  .object({
    PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (a random string, the same on every instance)').optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379').optional(),
    TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC-DEF… (the token BotFather gives you)').optional(),
    TELEGRAM_WEBHOOK_URL: httpUrl.refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u), 'must be an https:// URL (Telegram only posts to https)').optional(),
    TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16 to 256 characters of letters, digits, "_" and "-"').optional(),
    TELEGRAM_API_ROOT: httpUrl.optional(),
    // Telegram's send limits (30 a second, 20 a minute per group). Only a load test against a
    // local fake Bot API turns this off; against the real Telegram it must stay on.
    TELEGRAM_THROTTLE: z.enum(['on', 'off']).default('on'),
    DISCORD_BOT_TOKEN: z.string().min(30, 'must be the bot token from the Discord developer portal (Bot → Reset Token)').optional(),
    DISCORD_APPLICATION_ID: z.string().regex(/^\d{15,25}$/, 'must be the application id (a long number) from the Discord developer portal').optional(),
    DISCORD_GUILD_ID: z.string().regex(/^\d{15,25}$/, 'must be a server id (a long number)').optional(),
    DISCORD_API_BASE_URL: httpUrl.optional(),
    WHATSAPP_ACCESS_TOKEN: z.string().min(20, 'must be the access token of your Meta app (a system-user token for production)').optional(),
    WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d{5,25}$/, 'must be the phone number ID (digits) from WhatsApp → API Setup, not the phone number').optional(),
    WHATSAPP_APP_SECRET: z.string().min(16, 'must be the App Secret from App settings → Basic').optional(),
    WHATSAPP_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters, the same string you enter in Meta\'s webhook settings').optional(),
    WHATSAPP_API_BASE_URL: httpUrl.optional(),
  });

/** Variables that only make sense together. Checked on what is set, even when a value is malformed. */
function missingCompanions(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const need = (present: boolean, name: string, because: string) => {
    if (!present) problems.push(`${name}: is required ${because}`);
  };
  if (env.REDIS_URL) need(Boolean(env.SESSION_SECRET), 'SESSION_SECRET', 'with REDIS_URL, so that every instance derives the same session keys');
  const whatsapp = ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;
  if (whatsapp.some((name) => env[name])) {
    for (const name of whatsapp) need(Boolean(env[name]), name, `for WhatsApp (set all of ${whatsapp.join(', ')}, or none)`);
  }
  if (env.DISCORD_BOT_TOKEN) need(Boolean(env.DISCORD_APPLICATION_ID), 'DISCORD_APPLICATION_ID', 'when DISCORD_BOT_TOKEN is set');
  if (env.TELEGRAM_WEBHOOK_URL) {
    need(Boolean(env.TELEGRAM_BOT_TOKEN), 'TELEGRAM_BOT_TOKEN', 'when TELEGRAM_WEBHOOK_URL is set');
    need(Boolean(env.TELEGRAM_WEBHOOK_SECRET), 'TELEGRAM_WEBHOOK_SECRET', 'when TELEGRAM_WEBHOOK_URL is set, so that only Telegram can call the webhook');
  }
  return problems;
}

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the configuration; empty variables count as unset. Throws a ConfigError naming each variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(present);
  const problems = [
    ...(result.success ? [] : result.error.issues.map((i) => `${String(i.path[0] ?? 'configuration')}: ${i.message}`)),
    ...missingCompanions(present),
  ];
  if (problems.length || !result.success) throw new ConfigError(problems);
  return result.data;
}

