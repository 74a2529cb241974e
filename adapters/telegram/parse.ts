/**
 * Telegram updates as the core's Inbound. Decides, for groups, whether a message was meant for
 * the bot: a command to it, a mention, a reply to one of its messages, or a press on its button.
 */
import type { CallbackQuery, Message, UserFromGetMe } from 'grammy/types';
import type { Inbound } from '../../src/types.ts';

export type ParsedMessage = Inbound & { messageId: number };

const GROUP_TYPES = new Set(['group', 'supergroup']);

/** Undefined when the message is not for the core at all (a channel post, a command for another bot). */
export function parseMessage(message: Message, me: UserFromGetMe): ParsedMessage | undefined {
  const chatType = message.chat.type;
  if (chatType !== 'private' && !GROUP_TYPES.has(chatType)) return undefined;
  const group = chatType !== 'private';
  const from = message.from;
  // Other bots are ignored; an anonymous admin writes as a bot on behalf of the group itself.
  const anonymousAdmin = message.sender_chat?.id === message.chat.id;
  if (!from || (from.is_bot && !anonymousAdmin)) return undefined;
  const raw = message.text ?? message.caption;
  const base = {
    platform: 'telegram' as const,
    conversationId: String(message.chat.id),
    userId: String(from.id),
    chat: group ? ('group' as const) : ('private' as const),
    ...(from.language_code && { localeHint: from.language_code }),
    messageId: message.message_id,
    ...(anonymousAdmin && { isAdmin: true }),
    raw: message,
  };
  if (raw === undefined) {
    // Voice notes, photos, stickers: in private the person is told the bot reads text; in a
    // group only when it was a reply to the bot.
    const repliedToBot = message.reply_to_message?.from?.id === me.id;
    return { ...base, addressed: !group || repliedToBot, unsupported: true };
  }
  let text = raw;
  let addressed = !group;
  const command = /^\/([A-Za-z0-9_]+)(?:@(\w+))?/.exec(raw);
  if (command) {
    if (command[2] && command[2].toLowerCase() !== me.username.toLowerCase()) return undefined;
    addressed = true;
    text = raw.replace(/^(\/[A-Za-z0-9_]+)@\w+/, '$1');
  }
  const mention = `@${me.username.toLowerCase()}`;
  const entities = message.entities ?? message.caption_entities ?? [];
  const mentioned = entities.some((e) => e.type === 'mention' && raw.slice(e.offset, e.offset + e.length).toLowerCase() === mention);
  if (mentioned) {
    addressed = true;
    text = text.replace(new RegExp(`@${me.username}\\b`, 'gi'), ' ').replace(/\s+/g, ' ').trim();
  }
  if (message.reply_to_message?.from?.id === me.id) addressed = true;
  return { ...base, addressed, text };
}

export function parseCallback(query: CallbackQuery): ParsedMessage | undefined {
  const message = query.message;
  if (!message || query.data === undefined) return undefined;
  const group = message.chat.type !== 'private';
  return {
    platform: 'telegram',
    conversationId: String(message.chat.id),
    userId: String(query.from.id),
    chat: group ? 'group' : 'private',
    addressed: true,
    action: query.data,
    ...(query.from.language_code && { localeHint: query.from.language_code }),
    messageId: message.message_id,
    raw: query,
  };
}

/** Whether answering needs to know if the sender is a group admin (only to change the group). */
export function needsAdminCheck(inbound: Inbound): boolean {
  if (inbound.chat !== 'group') return false;
  return inbound.action?.startsWith('lang') === true || /^\/language\b/i.test(inbound.text ?? '');
}
