/**
 * Configurations for in-process bots in tests: WhatsApp pointed at a fake Graph API, memory or
 * Redis state, a free port.
 */
import { randomBytes } from 'node:crypto';
import { readConfig, type Config } from '../../adapters/config.ts';
import { ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN } from '../fakes/graph-api.ts';

export function whatsappConfig(graphUrl: string, extra: Record<string, string> = {}): Config {
  return readConfig({
    PORT: '0', LOG_LEVEL: 'silent',
    WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID, WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN, WHATSAPP_API_BASE_URL: graphUrl,
    ...extra,
  });
}

/** A fresh secret per test keeps tests sharing one Redis out of each other's keys. */
export const freshSecret = () => randomBytes(24).toString('hex');
