/**
 * The Discord adapter (discord.js v14): slash commands, buttons and select menus, DMs, and
 * mentions in servers. Answers to commands in a server are ephemeral (only the asker sees them),
 * with a button to post the general answer for everyone without showing who asked.
 */
import { Client, DiscordAPIError, Events, GatewayIntentBits, MessageFlags, Partials, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction, type Message, type MessageComponentInteraction } from 'discord.js';
import type { Core } from '../../src/core.ts';
import type { Lang } from '../../src/content/topic-ids.ts';
import type { Logger } from '../../src/log.ts';
import type { Inbound, Turn } from '../../src/types.ts';
import { AUTOCOMPLETE_CHOICES_MAX, DEFER_AFTER_MS } from './limits.ts';
import { inboundFromCommand, inboundFromComponent, inboundFromMessage } from './parse.ts';
import { renderDiscord, type DiscordMessage } from './render.ts';

export interface DiscordOptions {
  token: string;
  core: Core;
  logger: Logger;
  /** Discord's REST base, e.g. https://discord.com/api (another address for tests). */
  apiBase?: string;
}

export interface DiscordAdapter {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Guilds, GuildMessages, DirectMessages (4609). Not the privileged Message Content intent. */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

const SHARE = 'share:';
const noPings = { parse: [] as [] };

export function createDiscordAdapter(options: DiscordOptions): DiscordAdapter {
  const { core, logger } = options;
  const client = new Client({
    intents: INTENTS,
    // DMs arrive for channels the client has not cached; without this they are dropped.
    partials: [Partials.Channel],
    ...(options.apiBase && { rest: { api: options.apiBase } }),
  });

  const langOf = (locale: string): Lang => {
    const short = locale.split('-')[0] as Lang;
    return core.strings.languages.includes(short) ? short : 'en';
  };

  /** Answers within Discord's 3-second deadline: defers first if the core is slow to reply. */
  const respondInTime = async (i: ChatInputCommandInteraction | MessageComponentInteraction, inbound: Inbound, ephemeral: boolean, update: boolean) => {
    const turnPromise = core.respond(inbound);
    const early = await Promise.race([turnPromise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), DEFER_AFTER_MS).unref())]);
    let deferred = false;
    if (!early) {
      deferred = true;
      if (update && i.isMessageComponent()) await i.deferUpdate();
      else await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    }
    const turn = early ?? (await turnPromise);
    const share = ephemeral && turn.topic && shareable(turn) ? [{ id: `${SHARE}${turn.topic}`, label: core.strings.t(turn.locale as Lang)('discord.share') }] : [];
    const messages = renderDiscord(turn.replies, share);
    if (messages.length === 0) {
      // Flood-limited into silence: acknowledge, so Discord does not show an error.
      if (!deferred && i.isMessageComponent()) await i.deferUpdate();
      else if (!deferred) await i.deferReply({ flags: MessageFlags.Ephemeral });
      if (!i.isMessageComponent()) await i.deleteReply().catch(() => undefined);
      return turn;
    }
    const [first, ...rest] = messages as [DiscordMessage, ...DiscordMessage[]];
    const payload = { content: first.content, components: first.components, allowedMentions: noPings };
    if (deferred) await i.editReply(payload);
    else if (update && i.isMessageComponent()) await i.update(payload);
    else await i.reply({ ...payload, ...(ephemeral && { flags: MessageFlags.Ephemeral }) });
    for (const m of rest) await i.followUp({ content: m.content, components: m.components, allowedMentions: noPings, ...(ephemeral && { flags: MessageFlags.Ephemeral }) });
    return turn;
  };

  const onCommand = async (i: ChatInputCommandInteraction) => {
    const inbound = inboundFromCommand(i);
    return respondInTime(i, inbound, i.inGuild(), false);
  };

  const onComponent = async (i: MessageComponentInteraction) => {
    if (i.isButton() && i.customId.startsWith(SHARE)) return share(i);
    // In a server every answer to a press is private: an ephemeral message is updated in place;
    // a press under a public message gets an ephemeral reply, so the channel does not see the
    // choice. In a DM there is no one else to hide from, and the message is updated.
    const publicMessage = i.inGuild() && !i.message.flags.has(MessageFlags.Ephemeral);
    return respondInTime(i, inboundFromComponent(i), i.inGuild(), !publicMessage);
  };

  /** Posts the general answer in the channel as the bot's own message: no trace of who asked. */
  const share = async (i: MessageComponentInteraction) => {
    const lang = langOf(i.locale);
    const replies = core.generalAnswer(i.customId.slice(SHARE.length), lang);
    if (!replies || !i.channel?.isSendable()) {
      await i.reply({ content: core.strings.t(lang)('notice.unknown_action'), flags: MessageFlags.Ephemeral });
      return undefined;
    }
    await i.update({ content: core.strings.t(lang)('discord.shared'), components: [] });
    for (const m of renderDiscord(replies)) await i.channel.send({ content: m.content, allowedMentions: noPings });
    return undefined;
  };

  const onAutocomplete = async (i: AutocompleteInteraction) => {
    const suggestions = core.suggestTopics(String(i.options.getFocused()), langOf(i.locale)).slice(0, AUTOCOMPLETE_CHOICES_MAX);
    await i.respond(suggestions.map((s) => ({ name: s.label, value: s.topic })));
  };

  const onMessage = async (message: Message) => {
    const inbound = inboundFromMessage(message, client.user!.id);
    if (!inbound) return undefined;
    const turn = await core.respond(inbound);
    const messages = renderDiscord(turn.replies);
    for (const [n, m] of messages.entries()) {
      const payload = { content: m.content, components: m.components, allowedMentions: noPings };
      if (n === 0) await message.reply(payload);
      else if (message.channel.isSendable()) await message.channel.send(payload);
    }
    return turn;
  };

  const logged = (kind: string, work: () => Promise<Turn | undefined>) => {
    const started = performance.now();
    work().then(
      (turn) => turn && logger.info({ event: 'answered', platform: 'discord', via: kind, topic: turn.topic, lang: turn.locale, urgent: turn.urgent, ms: Math.round(performance.now() - started) }, 'answered'),
      // The one place errors of this adapter arrive; one failed interaction never stops the bot.
      (error: unknown) => logger.error({ event: 'discord_error', via: kind, ...(error instanceof DiscordAPIError ? { code: error.code, status: error.status } : { name: error instanceof Error ? error.name : typeof error }) }, 'a Discord event could not be answered'),
    );
  };

  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (i.isChatInputCommand()) logged('command', () => onCommand(i));
    else if (i.isMessageComponent()) logged('component', () => onComponent(i));
    else if (i.isAutocomplete()) logged('autocomplete', async () => { await onAutocomplete(i); return undefined; });
  });
  client.on(Events.MessageCreate, (m) => logged('message', () => onMessage(m)));
  client.on(Events.Error, (error) => logger.error({ event: 'discord_client_error', name: error.name }, 'Discord client error'));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      logger.info({ event: 'discord_ready', shards: client.ws.shards.size }, 'Discord connected');
    },
    async stop() {
      await client.destroy();
    },
  };
}

/** Conversation topics (the menu, a refusal, a fallback) are not worth posting for everyone. */
function shareable(turn: Turn): boolean {
  return !['start', 'language', 'fallback', 'harmful', 'privacy', 'sources', 'out_of_scope'].includes(turn.topic ?? '');
}
