/**
 * A fake Discord: the REST API and the gateway on one 127.0.0.1 port. The gateway performs
 * HELLO → IDENTIFY → READY → GUILD_CREATE and ACKs heartbeats; `dispatch` then sends events.
 * Like Discord, it blanks the content of server messages that do not mention the bot unless
 * IDENTIFY asked for the Message Content intent. Every REST call is recorded.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { startFakeServer, type FakeServer, type Recorded } from './http-recorder.ts';

export const APP_ID = '100000000000000001';
export const BOT_USER = { id: '100000000000000001', username: 'rights-bot', discriminator: '0000', global_name: 'Rights bot', avatar: null, bot: true };
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const DM_CHANNEL_ID = '300000000000000009';
export const USER = { id: '400000000000000001', username: 'asker', discriminator: '0000', global_name: 'Asker', avatar: null };
const MESSAGE_CONTENT_INTENT = 1 << 15;

export interface FakeDiscord extends FakeServer {
  apiBase: string;
  identify?: { intents: number; token: string };
  /** The shard of every IDENTIFY received, in order ([id, count]). */
  shards: [number, number][];
  /** Resolves at the first IDENTIFY. */
  identified: Promise<void>;
  dispatch(t: string, d: unknown): void;
  /** REST calls whose path matches. */
  rest(match: RegExp): Recorded[];
}

let snowflake = 500000000000000000n;
export const nextId = () => String(snowflake++);

export function messageObject(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: nextId(), channel_id: CHANNEL_ID, author: BOT_USER, content: '', timestamp: new Date().toISOString(), edited_timestamp: null,
    tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, flags: 0, components: [],
    ...fields,
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  let port = 0;
  const server = await startFakeServer((call) => {
    const path = call.path.replace(/^\/api/, '').replace(/\?.*$/, '');
    const body = (call.body ?? {}) as Record<string, unknown>;
    if (path === '/v10/gateway/bot') {
      return { json: { url: `ws://127.0.0.1:${port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
    }
    if (/\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if (/^\/v10\/applications\/[^/]+\/(guilds\/[^/]+\/)?commands$/.test(path) && call.method === 'PUT') {
      return { json: (body as unknown as unknown[]).map((c) => ({ ...(c as object), id: nextId(), application_id: APP_ID, version: '1' })) };
    }
    const channel = /^\/v10\/channels\/([^/]+)\/messages$/.exec(path);
    if (channel) return { json: messageObject({ ...body, channel_id: channel[1] }) };
    if (/^\/v10\/webhooks\//.test(path)) return { json: messageObject({ ...body, channel_id: CHANNEL_ID }) };
    return { json: {} };
  });
  port = server.port;

  // The gateway shares the port: upgrade requests go to the WebSocket server.
  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();
  let seq = 0;
  const fake = server as FakeDiscord;
  const closeHttp = server.close.bind(server);
  let markIdentified = () => {};
  const identified = new Promise<void>((resolve) => (markIdentified = resolve));
  const send = (ws: WebSocket, payload: unknown) => ws.send(JSON.stringify(payload));
  server.http.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    send(ws, { op: 10, d: { heartbeat_interval: 41250 } });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: { intents: number; token: string; shard?: [number, number] } };
      if (msg.op === 1) send(ws, { op: 11 });
      if (msg.op === 2) {
        fake.identify = { intents: msg.d.intents, token: msg.d.token };
        fake.shards.push(msg.d.shard ?? [0, 1]);
        markIdentified();
        send(ws, { op: 0, t: 'READY', s: ++seq, d: { v: 10, user: BOT_USER, session_id: 'session', resume_gateway_url: `ws://127.0.0.1:${port}`, guilds: [], shard: [0, 1], application: { id: APP_ID, flags: 0 } } });
        send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: guildCreate() });
      }
    });
  });

  return Object.assign(fake, {
    shards: [] as [number, number][],
    identified,
    apiBase: `${server.url}/api`,
    dispatch(t: string, d: unknown) {
      let data = d as Record<string, unknown>;
      if (t === 'MESSAGE_CREATE' && data.guild_id && !((fake.identify?.intents ?? 0) & MESSAGE_CONTENT_INTENT)) {
        const mentioned = (data.mentions as { id: string }[] | undefined)?.some((u) => u.id === BOT_USER.id);
        if (!mentioned) data = { ...data, content: '' };
      }
      for (const ws of sockets) send(ws, { op: 0, t, s: ++seq, d: data });
    },
    rest: (match: RegExp) => server.calls.filter((c) => match.test(c.path)),
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await closeHttp();
    },
  });
}

function guildCreate() {
  return {
    id: GUILD_ID, name: 'Tenant union', icon: null, owner_id: USER.id, afk_channel_id: null, afk_timeout: 300, verification_level: 0,
    default_message_notifications: 0, explicit_content_filter: 0, roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '1024', managed: false, mentionable: false, flags: 0 }],
    emojis: [], features: [], mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0, rules_channel_id: null,
    joined_at: new Date().toISOString(), large: false, unavailable: false, member_count: 2, voice_states: [], presences: [], stickers: [],
    members: [{ user: BOT_USER, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
    channels: [{ id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    threads: [], stage_instances: [], guild_scheduled_events: [], preferred_locale: 'en-US', premium_tier: 0, nsfw_level: 0, premium_progress_bar_enabled: false,
  };
}
