import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/index.ts';
import { createCore } from '../../src/core.ts';
import { silentLogger } from '../../src/log.ts';
import { APP_ID, BOT_USER, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, USER, messageObject, nextId, startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';

let discord: FakeDiscord;
let adapter: DiscordAdapter;
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.fake.token-for-tests';

beforeEach(async () => {
  discord = await startFakeDiscord();
  adapter = createDiscordAdapter({ token: TOKEN, core: await createCore(), logger: silentLogger, apiBase: discord.apiBase });
  await adapter.start();
});
afterEach(async () => {
  await adapter.stop();
  await discord.close();
});

const member = (permissions = '0') => ({ user: USER, roles: [], permissions, joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 });
function interaction(type: number, data: unknown, opts: { guild?: boolean; message?: unknown; permissions?: string } = {}) {
  const guild = opts.guild ?? true;
  return {
    id: nextId(), application_id: APP_ID, type, data, token: `tok-${nextId()}`, version: 1, locale: 'en-US', app_permissions: '0', entitlements: [],
    authorizing_integration_owners: {}, context: guild ? 0 : 1, attachment_size_limit: 8388608,
    channel_id: guild ? CHANNEL_ID : DM_CHANNEL_ID,
    channel: guild ? { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' } : { id: DM_CHANNEL_ID, type: 1 },
    ...(guild ? { guild_id: GUILD_ID, guild_locale: 'en-US', guild: { id: GUILD_ID, locale: 'en-US', features: [] }, member: member(opts.permissions) } : { user: USER }),
    ...(opts.message !== undefined && { message: opts.message }),
  };
}
const slash = (name: string, options: { name: string; type: number; value: string; focused?: boolean }[] = [], opts = {}) =>
  interaction(2, { id: nextId(), name, type: 1, options }, opts);
const button = (customId: string, opts: { guild?: boolean; ephemeral?: boolean } = {}) =>
  interaction(3, { custom_id: customId, component_type: 2 }, { ...opts, message: messageObject({ flags: opts.ephemeral ? 64 : 0, channel_id: opts.guild === false ? DM_CHANNEL_ID : CHANNEL_ID, components: [] }) });

const callbacks = () => discord.rest(/\/interactions\/[^/]+\/[^/]+\/callback/).map((c) => c.body as { type: number; data: { content: string; flags?: number; components: { components: { custom_id: string; label?: string; type: number }[] }[]; choices?: { name: string; value: string }[] } });
const ids = (data: { components: { components: { custom_id: string }[] }[] }) => data.components.flatMap((r) => r.components.map((c) => c.custom_id));

describe('Discord', () => {
  it('identifies with intents 4609, without the Message Content intent', () => {
    expect(discord.identify?.intents).toBe(4609);
  });

  it('answers a slash command in a server ephemerally, with a button to post for everyone', async () => {
    discord.dispatch('INTERACTION_CREATE', slash('ask', [{ name: 'question', type: 3, value: 'do i have to open the door if ice knocks' }]));
    await discord.waitFor((c) => /\/callback/.test(c.path));
    const [reply] = callbacks();
    expect(reply!.type).toBe(4);
    expect(reply!.data.flags).toBe(64);
    expect(reply!.data.content).toMatch(/Do not open the door/);
    expect(ids(reply!.data)).toEqual(expect.arrayContaining(['t:warrant', 'more:door', 'share:door']));
    for (const row of reply!.data.components) expect(row.components.length).toBeLessThanOrEqual(5);
  });

  it('posts the general answer for everyone without saying who asked', async () => {
    discord.dispatch('INTERACTION_CREATE', button('share:door', { ephemeral: true }));
    const post = await discord.waitFor((c) => c.path.endsWith(`/channels/${CHANNEL_ID}/messages`));
    const body = post.body as { content: string; allowed_mentions: { parse: string[] } };
    expect(body.content).toMatch(/Do not open the door/);
    expect(body.content).not.toContain(USER.username);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(callbacks()[0]!.type).toBe(7);
  });

  it('answers a button press by updating the message', async () => {
    discord.dispatch('INTERACTION_CREATE', button('t:warrant', { ephemeral: true }));
    await discord.waitFor((c) => /\/callback/.test(c.path));
    const [update] = callbacks();
    expect(update!.type).toBe(7);
    expect(update!.data.content).toMatch(/Look at who signed the paper/);
  });

  it('answers a press under a public message privately, leaving the public message as it was', async () => {
    discord.dispatch('INTERACTION_CREATE', button('t:arrest', { ephemeral: false }));
    await discord.waitFor((c) => /\/callback/.test(c.path));
    expect(callbacks()[0]).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('answers an unknown button id gracefully', async () => {
    discord.dispatch('INTERACTION_CREATE', button('x:does-not-exist', { ephemeral: true }));
    await discord.waitFor((c) => /\/callback/.test(c.path));
    expect(callbacks()[0]!.data.content).toMatch(/no longer available/);
    expect(ids(callbacks()[0]!.data)).toContain('t:door');
  });

  it('offers topics by autocomplete for /rights and answers the chosen one', async () => {
    discord.dispatch('INTERACTION_CREATE', { ...slash('rights', [{ name: 'topic', type: 3, value: 'warr', focused: true }]), type: 4 });
    await discord.waitFor((c) => /\/callback/.test(c.path));
    const [auto] = callbacks();
    expect(auto!.type).toBe(8);
    expect(auto!.data.choices!.map((c) => c.value)).toContain('warrant');
    discord.dispatch('INTERACTION_CREATE', slash('rights', [{ name: 'topic', type: 3, value: 'warrant' }]));
    await discord.waitFor((c) => /\/callback/.test(c.path) && (c.body as { type: number }).type === 4);
    expect(callbacks()[1]!.data.content).toMatch(/Look at who signed the paper/);
  });

  it('holds a conversation in a DM, with a follow-up', async () => {
    const dm = (content: string) => ({ ...messageObject({ channel_id: DM_CHANNEL_ID, author: USER, content }), channel_type: 1 });
    discord.dispatch('MESSAGE_CREATE', dm('what should i do if immigration comes to my home'));
    await discord.waitFor((c) => c.path.endsWith(`/channels/${DM_CHANNEL_ID}/messages`));
    discord.dispatch('MESSAGE_CREATE', dm('and if they come in anyway?'));
    await discord.waitFor((c) => c.path.endsWith(`/channels/${DM_CHANNEL_ID}/messages`) && /resist/i.test((c.body as { content: string }).content) && !/Do not open the door/.test((c.body as { content: string }).content));
    const posts = discord.rest(new RegExp(`/channels/${DM_CHANNEL_ID}/messages`));
    expect(posts).toHaveLength(2);
  });

  it('answers a mention in a server and ignores a message without one', async () => {
    discord.dispatch('MESSAGE_CREATE', { ...messageObject({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: USER, member: member(), content: 'ice was on our block today' }) });
    discord.dispatch('MESSAGE_CREATE', { ...messageObject({ channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: USER, member: member(), content: `<@${BOT_USER.id}> can i film ice arresting someone`, mentions: [BOT_USER] }) });
    const reply = await discord.waitFor((c) => c.path.endsWith(`/channels/${CHANNEL_ID}/messages`));
    expect((reply.body as { content: string }).content).toMatch(/film|record/i);
    expect((reply.body as { message_reference?: unknown }).message_reference).toBeDefined();
    expect(discord.rest(new RegExp(`/channels/${CHANNEL_ID}/messages`))).toHaveLength(1);
  });

  it('lets only members who manage the server change its language', async () => {
    discord.dispatch('INTERACTION_CREATE', slash('language', [{ name: 'language', type: 3, value: 'en' }], { permissions: '0' }));
    await discord.waitFor((c) => /\/callback/.test(c.path));
    expect(callbacks()[0]!.data.content).toMatch(/Only the group's admins/);
    discord.dispatch('INTERACTION_CREATE', slash('language', [{ name: 'language', type: 3, value: 'en' }], { permissions: String(1 << 5) }));
    await discord.waitFor((c) => /\/callback/.test(c.path) && /English/.test((c.body as { data: { content: string } }).data.content));
  });
});

describe('Discord deadlines and odd input', () => {
  it('defers an interaction when the answer is slow, then edits the reply', async () => {
    await adapter.stop();
    const core = await createCore();
    // A core slowed down past the point where the adapter must defer (a slow session store, say).
    const slow = { ...core, respond: async (inbound: Parameters<typeof core.respond>[0]) => { await new Promise((r) => setTimeout(r, 1800)); return core.respond(inbound); } };
    adapter = createDiscordAdapter({ token: TOKEN, core: slow, logger: silentLogger, apiBase: discord.apiBase });
    await adapter.start();
    discord.dispatch('INTERACTION_CREATE', slash('ask', [{ name: 'question', type: 3, value: 'can ice come into my job' }]));
    const edit = await discord.waitFor((c) => c.method === 'PATCH' && /\/webhooks\/.+\/messages\/(@|%40)original/.test(c.path), 8000);
    expect(callbacks()[0]).toMatchObject({ type: 5, data: { flags: 64 } });
    expect((edit.body as { content: string }).content.length).toBeGreaterThan(50);
  });

  it('answers any button id, however odd, without a crash, and keeps going', async () => {
    const odd = ['', ' ', 't:', 'lang:xx', 'share:', 'share:nope', 'pick:0', '💥', 'x'.repeat(100), 't:door:extra', 'more:', '../../etc'];
    for (const id of odd.filter(Boolean)) discord.dispatch('INTERACTION_CREATE', button(id, { ephemeral: true }));
    await discord.waitFor(() => callbacks().length >= odd.filter(Boolean).length, 8000).catch(() => undefined);
    expect(callbacks().length).toBe(odd.filter(Boolean).length);
    for (const c of callbacks()) expect([4, 7]).toContain(c.type);
    discord.dispatch('INTERACTION_CREATE', slash('ask', [{ name: 'question', type: 3, value: 'what is an ice warrant' }]));
    await discord.waitFor((c) => /\/callback/.test(c.path) && /signed/.test(JSON.stringify(c.body)));
  });
});
