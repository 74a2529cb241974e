/**
 * Discord interactions and messages as the core's Inbound.
 */
import { PermissionFlagsBits, type ChatInputCommandInteraction, type Message, type MessageComponentInteraction } from 'discord.js';
import type { Inbound } from '../../src/types.ts';

const base = (user: { id: string }, channelId: string, inGuild: boolean, locale?: string): Omit<Inbound, 'addressed'> => ({
  platform: 'discord',
  conversationId: channelId,
  userId: user.id,
  chat: inGuild ? 'group' : 'private',
  ...(locale && { localeHint: locale }),
});

/** Guild admins (Manage Server) may change the server's language. */
const isAdmin = (i: ChatInputCommandInteraction | MessageComponentInteraction) => i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;

export function inboundFromCommand(i: ChatInputCommandInteraction): Inbound {
  const common = { ...base(i.user, i.channelId, i.inGuild(), i.locale), addressed: true, raw: i };
  switch (i.commandName) {
    case 'rights': return { ...common, action: `t:${i.options.getString('topic', true)}` };
    case 'ask': return { ...common, text: i.options.getString('question', true) };
    case 'language': {
      const lang = i.options.getString('language');
      return { ...common, ...(lang ? { action: `lang:${lang}` } : { text: '/language' }), ...(i.inGuild() && { isAdmin: isAdmin(i) }) };
    }
    default: return { ...common, text: `/${i.commandName}` };
  }
}

export function inboundFromComponent(i: MessageComponentInteraction): Inbound {
  const action = i.isStringSelectMenu() ? i.values[0] ?? '' : i.customId;
  return {
    ...base(i.user, i.channelId, i.inGuild(), i.locale),
    addressed: true,
    action,
    ...(i.inGuild() && action.startsWith('lang') && { isAdmin: isAdmin(i) }),
    raw: i,
  };
}

/**
 * A message, when it is for the bot: any message in a DM; in a server, one that mentions the bot
 * or replies to it (Discord delivers those with their content even without the privileged
 * Message Content intent). Undefined otherwise.
 */
export function inboundFromMessage(message: Message, botId: string): Inbound | undefined {
  if (message.author.bot || message.system) return undefined;
  const inGuild = message.inGuild();
  const mentioned = message.mentions.users.has(botId);
  const repliedTo = message.mentions.repliedUser?.id === botId;
  if (inGuild && !mentioned && !repliedTo) return undefined;
  const text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
  const unsupported = text === '' && (message.attachments.size > 0 || message.stickers.size > 0);
  return { ...base(message.author, message.channelId, inGuild), addressed: true, text, ...(unsupported && { unsupported: true }), raw: message };
}
