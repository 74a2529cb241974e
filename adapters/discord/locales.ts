/**
 * Our languages as Discord locales. Discord localises commands only for its own locale list
 * (https://discord.com/developers/docs/reference#locales); Bengali, Haitian Creole, Arabic and
 * Urdu are not on it, so their speakers see English command names and can still ask in any language.
 */
import type { Lang } from '../../src/content/topic-ids.ts';

export const DISCORD_LOCALES: Partial<Record<Lang, string[]>> = {
  en: ['en-US', 'en-GB'],
  es: ['es-ES', 'es-419'],
  zh: ['zh-CN', 'zh-TW'],
  ru: ['ru'],
  ko: ['ko'],
  fr: ['fr'],
  pl: ['pl'],
};
