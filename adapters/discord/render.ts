/**
 * The core's replies as Discord messages: Markdown content under 2000 characters (split at
 * paragraphs), choices as rows of up to 5 buttons, or select menus when there are more than 25.
 * No option is ever dropped.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, StringSelectMenuBuilder, type MessageActionRowComponentBuilder } from 'discord.js';
import type { Choice, Reply } from '../../src/types.ts';
import { flatten } from '../shared/flatten.ts';
import { splitText } from '../shared/split-text.ts';
import { BUTTONS_PER_ROW, MESSAGE_MAX_CHARS, ROWS_PER_MESSAGE, SELECT_OPTIONS_MAX } from './limits.ts';

export interface DiscordMessage {
  content: string;
  components: ActionRowBuilder<MessageActionRowComponentBuilder>[];
}

/** The select menus' own custom_id prefix; the chosen value is the action id. */
export const SELECT_ID = 'pick';

export function renderDiscord(replies: readonly Reply[], extra: Choice[] = []): DiscordMessage[] {
  const { paragraphs, choices } = flatten(replies, {
    notice: (text) => `_${text}_`,
    // Angle brackets keep Discord from unfurling a preview of every source.
    links: (links) => links.map((l) => `- [${l.label}](<${l.url}>)`).join('\n'),
  });
  choices.push(...extra);
  if (paragraphs.length === 0) return [];
  const messages: DiscordMessage[] = splitText(paragraphs.join('\n\n'), MESSAGE_MAX_CHARS).map((content) => ({ content, components: [] }));
  messages[messages.length - 1]!.components = componentsFor(choices);
  return messages;
}

export function componentsFor(choices: readonly Choice[]): ActionRowBuilder<MessageActionRowComponentBuilder>[] {
  if (choices.length === 0) return [];
  if (choices.length <= BUTTONS_PER_ROW * ROWS_PER_MESSAGE) {
    const rows: ActionRowBuilder<MessageActionRowComponentBuilder>[] = [];
    for (let i = 0; i < choices.length; i += BUTTONS_PER_ROW) {
      rows.push(new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(
        choices.slice(i, i + BUTTONS_PER_ROW).map((c) => new ButtonBuilder().setCustomId(c.id).setLabel(c.label).setStyle(ButtonStyle.Secondary)),
      ));
    }
    return rows;
  }
  const rows: ActionRowBuilder<MessageActionRowComponentBuilder>[] = [];
  for (let i = 0; i < choices.length; i += SELECT_OPTIONS_MAX) {
    if (rows.length === ROWS_PER_MESSAGE) throw new RangeError(`more than ${ROWS_PER_MESSAGE * SELECT_OPTIONS_MAX} choices cannot be shown on Discord`);
    const part = choices.slice(i, i + SELECT_OPTIONS_MAX);
    rows.push(new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(
      new StringSelectMenuBuilder().setCustomId(`${SELECT_ID}:${rows.length}`).setPlaceholder(`${i + 1}–${i + part.length}`)
        .addOptions(part.map((c) => ({ label: c.label, value: c.id }))),
    ));
  }
  return rows;
}
