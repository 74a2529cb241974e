import { describe, expect, it } from 'vitest';
import { digitsOf } from '../../src/content/body-rules.ts';
import { choicesOf, noticesOf, startChat, textOf } from '../helpers/chat.ts';

describe('a conversation', () => {
  it('opens with the start menu, and typing a number picks that option', async () => {
    const chat = await startChat();
    const hello = await chat.say('hi');
    expect(hello.topic).toBe('start');
    const menu = choicesOf(hello);
    expect(menu.map((c) => c.id)).toEqual(expect.arrayContaining(['t:door', 't:street', 't:detained', 'all', 'lang']));
    const first = await chat.say('1');
    expect(first.topic).toBe(menu[0]!.id.slice(2));
    expect(textOf(first)).toContain(chat.core.catalog.answers.get('en')!.get('door')!.main.split('\n')[0]);
  });

  it('resolves follow-ups against the conversation', async () => {
    const chat = await startChat();
    expect((await chat.say('what should i do if immigration comes to my home')).topic).toBe('door');
    expect((await chat.say('what if they say they got a warrant')).topic).toBe('warrant');
    expect((await chat.say('and if they come in anyway?')).topic).toBe('entered');
  });

  it('follows a button to its topic, and "more" to the detail with its source links', async () => {
    const chat = await startChat();
    await chat.say('ice knocking on my door what do i do');
    const warrant = await chat.press('t:warrant');
    expect(warrant.topic).toBe('warrant');
    const more = await chat.say('more');
    expect(more.topic).toBe('warrant');
    expect(textOf(more)).toContain(chat.core.catalog.answers.get('en')!.get('warrant')!.more!.slice(0, 40));
    const links = more.replies.find((r) => r.kind === 'links');
    expect(links?.kind === 'links' && links.links.length).toBeGreaterThan(0);
    expect(links?.kind === 'links' && links.links.every((l) => l.url.startsWith('https://'))).toBe(true);
  });

  it('"back" returns to the previous topic and "menu" to the start menu', async () => {
    const chat = await startChat();
    await chat.say('can i record ice arresting someone');
    await chat.press('t:protest');
    expect((await chat.say('back')).topic).toBe('record');
    const menu = await chat.say('menu');
    expect(menu.topic).toBe('start');
    expect(choicesOf(menu).map((c) => c.id)).toContain('t:door');
  });

  it('names every answer\'s sources and the date it was last reviewed', async () => {
    const chat = await startChat();
    for (const topic of ['door', 'detained', 'sanctuary', 'harmful'] as const) {
      const turn = await chat.press(`t:${topic}`);
      const answer = chat.core.catalog.answers.get('en')!.get(topic)!;
      const org = chat.core.catalog.sources.get(answer.sources[0]!)!.org;
      expect(textOf(turn)).toContain(`Sources: `);
      expect(textOf(turn)).toContain(org);
      expect(textOf(turn)).toMatch(/Last reviewed November 26, 2026/);
    }
  });

  it('says "not legal advice" once per conversation, after the answer', async () => {
    const chat = await startChat();
    const first = await chat.say('do i have to open the door for ice');
    const legal = first.replies.findIndex((r) => r.kind === 'notice' && r.notice === 'legal');
    expect(legal).toBeGreaterThan(0);
    expect(first.replies[0]!.kind).toBe('text');
    const second = await chat.say('what does a judges warrant look like');
    expect(noticesOf(second).some((n) => n.notice === 'legal')).toBe(false);
  });

  it('answers an encounter happening now with at most five steps and a hotline first', async () => {
    const chat = await startChat();
    const turn = await chat.say('ICE is at my door right now banging, what do i do');
    expect(turn.urgent).toBe(true);
    expect(turn.topic).toBe('door');
    const text = textOf(turn);
    const steps = text.split('\n').filter((l) => /^\d+\.\s/.test(l));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(5);
    expect(text.indexOf(steps[0]!)).toBeLessThan(80);
    const numbers = [...chat.core.catalog.hotlines.values()].map((h) => digitsOf(h.number));
    expect(numbers.some((n) => text.replace(/\D/g, '').includes(n))).toBe(true);
  });

  it('keeps a follow-up urgent while the encounter goes on, and a calm question calm', async () => {
    const chat = await startChat();
    expect((await chat.say('ice agents are at my job right now')).urgent).toBe(true);
    const next = await chat.say('they want me to sign a paper');
    expect(next.topic).toBe('sign');
    expect(next.urgent).toBe(true);
    const calm = await startChat();
    expect((await calm.say('what if ice comes to my house someday')).urgent).toBe(false);
  });

  it('never guesses a rights answer for a message it cannot place', async () => {
    const chat = await startChat();
    const turn = await chat.say('qwpoeiru zxmn');
    expect(turn.topic).toBe('fallback');
    expect(choicesOf(turn).map((c) => c.id)).toContain('menu');
  });

  it('refuses harmful requests calmly', async () => {
    const chat = await startChat();
    expect((await chat.say('how can i get a fake green card to show ice')).topic).toBe('harmful');
    expect((await chat.say('is lying to ice a crime')).topic).not.toBe('harmful');
  });

  it('answers a stale or forged button and a number with no option gracefully', async () => {
    const chat = await startChat();
    const stale = await chat.press('t:no-such-topic');
    expect(noticesOf(stale).map((n) => n.notice)).toContain('unknown-action');
    expect(choicesOf(stale).map((c) => c.id)).toContain('t:door');
    const none = await chat.say('42');
    expect(noticesOf(none).map((n) => n.notice)).toContain('no-option');
    expect(noticesOf(none)[0]!.text).toContain('42');
  });

  it('reads only the beginning of an oversized message, says so, and still answers', async () => {
    const chat = await startChat();
    const turn = await chat.say(`ice is knocking at my door do i have to open it ${'please help '.repeat(400)}`);
    expect(noticesOf(turn).map((n) => n.notice)).toContain('too-long');
    expect(turn.topic).toBe('door');
  });

  it('stays silent in a group unless addressed', async () => {
    const chat = await startChat({ chat: 'group', conversationId: 'group-1' });
    expect((await chat.say('ice at the door', { addressed: false })).replies).toEqual([]);
    expect((await chat.say('ice at the door', { addressed: true })).topic).toBe('door');
  });
});

describe('in a group', () => {
  it('lets only an admin change the group\'s language', async () => {
    const chat = await startChat({ chat: 'group', conversationId: 'group-7' });
    const refused = await chat.say('/language', { userId: 'member', isAdmin: false });
    expect(noticesOf(refused).map((n) => n.notice)).toContain('admin-only');
    expect(choicesOf(refused).some((c) => c.id.startsWith('lang:'))).toBe(false);
    const offered = await chat.say('/language', { userId: 'admin', isAdmin: true });
    expect(choicesOf(offered).map((c) => c.id)).toContain('lang:en');
    const pressed = await chat.press('lang:en', { userId: 'member', isAdmin: false });
    expect(noticesOf(pressed).map((n) => n.notice)).toContain('admin-only');
  });

  it('slows a flooding group down once, politely, then stays silent until it may speak again', async () => {
    const chat = await startChat({ chat: 'group', conversationId: 'group-9' });
    const turns = [];
    for (let i = 0; i < 30; i++) turns.push(await chat.say('ice at the door', { userId: `member-${i % 7}` }));
    const warned = turns.filter((t) => noticesOf(t).some((n) => n.notice === 'slow-down'));
    expect(turns.filter((t) => t.topic === 'door')).toHaveLength(20);
    expect(warned).toHaveLength(1);
    expect(turns.slice(21).every((t) => t.replies.length === 0)).toBe(true);
    chat.clock.now += 60_000;
    expect((await chat.say('ice at the door', { userId: 'member-1' })).topic).toBe('door');
  });
});

describe('what the session keeps', () => {
  it('is keyed by a keyed hash and holds no message text or raw id', async () => {
    const chat = await startChat({ userId: '+1 212 555 0100', conversationId: '+1 212 555 0100' });
    await chat.say('my neighbour maria was taken by ice this morning');
    const entries = [...(chat.store as unknown as { entries: Map<string, unknown> }).entries];
    expect(entries).toHaveLength(1);
    const dump = JSON.stringify(entries);
    expect(dump).not.toContain('555');
    expect(dump).not.toMatch(/maria|neighbour|taken/i);
    expect(entries[0]![0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is forgotten at once on /forget, and the bot says so', async () => {
    const chat = await startChat();
    await chat.say('ice stopped me on the street');
    expect(chat.store.size).toBe(1);
    const forget = await chat.say('/forget');
    expect(noticesOf(forget).map((n) => n.notice)).toEqual(['forgotten']);
    expect(forget.topic).toBe('privacy');
    expect(chat.store.size).toBe(0);
    // Nothing of the earlier conversation is left: "more" has no topic to expand.
    expect((await chat.say('more')).topic).not.toBe('street');
  });

  it('expires after 30 minutes without messages', async () => {
    const chat = await startChat();
    await chat.say('ice stopped me on the street');
    chat.clock.now += 29 * 60 * 1000;
    expect((await chat.say('more')).topic).toBe('street');
    chat.clock.now += 31 * 60 * 1000;
    expect(chat.store.size).toBe(1);
    expect((await chat.say('more')).topic).not.toBe('street');
  });
});
