/**
 * The slash commands, built with discord.js builders (which check Discord's limits as they build),
 * with names and descriptions localised for every Discord locale we have strings for.
 */
import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { TFunction } from 'i18next';
import type { Core } from '../../src/core.ts';
import type { Lang } from '../../src/content/topic-ids.ts';
import { DISCORD_LOCALES } from './locales.ts';

export const COMMAND_NAMES = ['rights', 'ask', 'language', 'forget', 'privacy', 'sources'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

type Localized = Record<string, string>;

export function buildCommands(core: Core): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const en = core.strings.t('en');
  const localized = (key: string): Localized => {
    const out: Localized = {};
    for (const lang of core.strings.languages) {
      const t: TFunction = core.strings.t(lang as Lang);
      for (const locale of DISCORD_LOCALES[lang as Lang] ?? []) out[locale] = t(key);
    }
    return out;
  };
  const base = (name: CommandName) =>
    new SlashCommandBuilder()
      .setName(en(`discord.${name}.name`))
      .setNameLocalizations(localized(`discord.${name}.name`))
      .setDescription(en(`discord.${name}.description`))
      .setDescriptionLocalizations(localized(`discord.${name}.description`));

  const rights = base('rights').addStringOption((o) =>
    o.setName(en('discord.rights.topic_name')).setNameLocalizations(localized('discord.rights.topic_name'))
      .setDescription(en('discord.rights.topic_description')).setDescriptionLocalizations(localized('discord.rights.topic_description'))
      .setRequired(true).setAutocomplete(true));
  const ask = base('ask').addStringOption((o) =>
    o.setName(en('discord.ask.question_name')).setNameLocalizations(localized('discord.ask.question_name'))
      .setDescription(en('discord.ask.question_description')).setDescriptionLocalizations(localized('discord.ask.question_description'))
      .setRequired(true).setMaxLength(1000));
  const language = base('language').addStringOption((o) =>
    o.setName(en('discord.language.language_name')).setNameLocalizations(localized('discord.language.language_name'))
      .setDescription(en('discord.language.language_description')).setDescriptionLocalizations(localized('discord.language.language_description'))
      .setRequired(false)
      .addChoices(...core.strings.languages.map((l) => ({ name: core.strings.t(l)('language_name'), value: l }))));

  return [rights, ask, language, base('forget'), base('privacy'), base('sources')].map((b) => b.toJSON());
}
