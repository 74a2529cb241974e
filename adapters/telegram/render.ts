/**
 * The core's replies as Telegram messages: one HTML message (split under 4096 characters at
 * paragraph breaks) with the buttons as an inline keyboard under the last piece.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Choice, Reply } from '../../src/types.ts';
import { flatten } from '../shared/flatten.ts';
import { markdownToHtml } from '../shared/markdown-html.ts';
import { splitText } from '../shared/split-text.ts';
import { CALLBACK_DATA_MAX_BYTES, MESSAGE_MAX_CHARS, SHORT_LABEL_CHARS } from './limits.ts';

export interface TelegramMessage {
  /** HTML (parse_mode HTML). */
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

export function renderTelegram(replies: readonly Reply[]): TelegramMessage[] {
  const { paragraphs, choices } = flatten(replies, {
    notice: (text) => `_${text}_`,
    links: (links) => links.map((l) => `- [${l.label}](${l.url})`).join('\n'),
  });
  if (paragraphs.length === 0) return [];
  // Split the Markdown, then convert each piece: a piece never holds half a tag.
  const pieces = splitText(paragraphs.join('\n\n'), MESSAGE_MAX_CHARS).map(markdownToHtml);
  const messages: TelegramMessage[] = pieces.map((html) => ({ html }));
  if (choices.length) messages[messages.length - 1]!.keyboard = keyboardFor(choices);
  return messages;
}

/** Buttons in rows: two to a row when both labels are short, otherwise one, so none is cut off. */
export function keyboardFor(choices: readonly Choice[]): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  for (const choice of choices) {
    if (Buffer.byteLength(choice.id, 'utf8') > CALLBACK_DATA_MAX_BYTES) {
      throw new RangeError(`action id "${choice.id}" is longer than Telegram's ${CALLBACK_DATA_MAX_BYTES}-byte callback limit`);
    }
    const button = { text: choice.label, callback_data: choice.id };
    const last = rows[rows.length - 1];
    const short = (b: InlineKeyboardButton) => [...b.text].length <= SHORT_LABEL_CHARS;
    if (last && last.length === 1 && short(last[0]!) && short(button)) last.push(button);
    else rows.push([button]);
  }
  return { inline_keyboard: rows };
}
