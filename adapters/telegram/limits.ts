/** Telegram Bot API limits the adapter must respect. */

/** Message text, after entities are parsed: 1–4096 characters. https://core.telegram.org/bots/api#sendmessage */
export const MESSAGE_MAX_CHARS = 4096;
/** Callback data of an inline button: 1–64 bytes. https://core.telegram.org/bots/api#inlinekeyboardbutton */
export const CALLBACK_DATA_MAX_BYTES = 64;
/** Inline button labels that fit two to a row on a phone. */
export const SHORT_LABEL_CHARS = 16;
/** Broadcast limits: about 30 messages a second overall, 20 a minute per group. https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this */
export const GLOBAL_MESSAGES_PER_SECOND = 30;
export const GROUP_MESSAGES_PER_MINUTE = 20;
/** Telegram asks bots not to send more than about one message a second to one chat. */
export const PRIVATE_CHAT_MIN_INTERVAL_MS = 1000;
/** Bot command names: 1–32 lowercase letters, digits and underscores; descriptions 1–256 characters. https://core.telegram.org/bots/api#botcommand */
export const COMMAND_DESCRIPTION_MAX_CHARS = 256;
/** The largest webhook body accepted (Telegram updates are a few kilobytes). */
export const WEBHOOK_MAX_BODY_BYTES = 256 * 1024;
