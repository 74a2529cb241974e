/**
 * The bot's command menu in every language we have interface strings for. Telegram shows the
 * menu in the user's app language when a translation for it was set.
 */
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Core } from '../../src/core.ts';
import { COMMAND_DESCRIPTION_MAX_CHARS } from './limits.ts';

export const COMMANDS = ['start', 'help', 'language', 'forget', 'privacy', 'sources'] as const;

export function commandsFor(core: Core, lang: Parameters<Core['strings']['t']>[0]): BotCommand[] {
  const t = core.strings.t(lang);
  return COMMANDS.map((command) => ({ command, description: t(`commands.${command}`).slice(0, COMMAND_DESCRIPTION_MAX_CHARS) }));
}

export async function registerCommands(api: Api, core: Core): Promise<void> {
  await api.setMyCommands(commandsFor(core, 'en'));
  for (const lang of core.strings.languages) {
    await api.setMyCommands(commandsFor(core, lang), { language_code: lang });
  }
}
