/**
 * The core's vocabulary: what an adapter hands in (Inbound) and what the core hands back (Reply).
 * Nothing here names a platform library; adapters translate to and from these shapes.
 */

/** Where a message came from. `cli` is the terminal chat and the batch interface. */
export type Platform = 'telegram' | 'discord' | 'whatsapp' | 'web' | 'cli';

export type ChatKind = 'private' | 'group';

/** One message or button press, already translated out of the platform's own format. */
export interface Inbound {
  platform: Platform;
  /** The chat, channel or phone thread the message arrived in. */
  conversationId: string;
  /** The person who wrote. Only ever used to derive a keyed hash; never stored. */
  userId: string;
  chat: ChatKind;
  /** In a group: whether the message was meant for the bot (command, mention, reply, its button). */
  addressed: boolean;
  /** What the person typed. */
  text?: string;
  /** The id of a button or menu option the person pressed (for example `t:door`). */
  action?: string;
  /** A message the bot cannot read (voice, photo, sticker, location …): answered with a notice. */
  unsupported?: boolean;
  /** The interface language the platform reports (a hint, never the answer). */
  localeHint?: string;
  /**
   * In a group: whether the sender administers it. Adapters fill it in only for requests that
   * change the group (the group's language), to spare a platform call on every message.
   */
  isAdmin?: boolean;
  /** The platform's own event. The core never reads it. */
  raw?: unknown;
}

export interface Choice {
  /** An action id: short, ASCII, at most 64 bytes, never free text. */
  id: string;
  label: string;
}

export interface Link {
  label: string;
  /** Always https. */
  url: string;
}

/**
 * One piece of an answer. `text` uses a small Markdown subset: **bold**, _italic_,
 * `- ` and `1. ` lists, and [links](https://…).
 */
export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'choices'; prompt: string; choices: Choice[] }
  | { kind: 'links'; links: Link[] }
  | { kind: 'image'; url: string; alt: string }
  | { kind: 'notice'; text: string; notice: NoticeKind };

export type NoticeKind =
  | 'legal' | 'untranslated' | 'too-long' | 'slow-down' | 'forgotten' | 'text-only' | 'unknown-action' | 'no-option' | 'admin-only' | 'forget-failed';

/** What the core decided, with the replies: the batch interface, metrics and logs read this. */
export interface Turn {
  replies: Reply[];
  /** The topic id answered, or null when the core stayed silent (a group message not meant for it). */
  topic: string | null;
  /** The language the replies are written in (BCP 47). */
  locale: string;
  urgent: boolean;
  /** Text direction of `locale`, for platforms that need to know. */
  dir: 'ltr' | 'rtl';
}
