/**
 * The contract every platform's rendering keeps, checked on every answer the core can give and on
 * extreme cases: no choice and no link dropped, every limit respected, no words lost, and every
 * button id one the core understands again.
 */
import { describe, expect, it } from 'vitest';
import { renderPlain } from '../../adapters/cli/plain-text.ts';
import { renderDiscord } from '../../adapters/discord/render.ts';
import { renderTelegram } from '../../adapters/telegram/render.ts';
import { renderWhatsApp } from '../../adapters/whatsapp/render.ts';
import { parseAction } from '../../src/conversation/actions.ts';
import { TOPIC_IDS } from '../../src/content/topic-ids.ts';
import { createCore } from '../../src/core.ts';
import type { Choice, Reply } from '../../src/types.ts';
import { telegramHtmlProblems, visibleLength } from '../helpers/telegram-html.ts';

const core = await createCore({ limits: false });
const cases: { name: string; replies: Reply[] }[] = [];
let n = 0;
const say = async (name: string, inbound: { text?: string; action?: string }) => {
  n++;
  cases.push({ name, replies: (await core.respond({ platform: 'cli', conversationId: `c${n}`, userId: `u${n}`, chat: 'private', addressed: true, ...inbound })).replies });
};
await say('start menu', { text: '/start' });
await say('all topics', { action: 'all' });
await say('languages', { text: '/language' });
for (const topic of TOPIC_IDS) {
  await say(`${topic}`, { action: `t:${topic}` });
  await say(`${topic} more`, { action: `more:${topic}` });
}
await say('urgent door', { text: 'ICE is banging on my door right now' });
// Every translated answer too: the conversation's language is set first, as a person would.
for (const lang of core.strings.languages.filter((l) => l !== 'en')) {
  for (const topic of TOPIC_IDS) {
    n++;
    const who = { platform: 'cli' as const, conversationId: `c${n}`, userId: `u${n}`, chat: 'private' as const, addressed: true };
    await core.respond({ ...who, action: `lang:${lang}` });
    for (const action of [`t:${topic}`, `more:${topic}`]) cases.push({ name: `${lang} ${action}`, replies: (await core.respond({ ...who, action })).replies });
  }
}
const many: Choice[] = Array.from({ length: 30 }, (_, i) => ({ id: `t:${TOPIC_IDS[i % TOPIC_IDS.length]}`, label: `Option number ${i + 1}` }));
cases.push({ name: '30 choices', replies: [{ kind: 'text', text: 'Pick one.' }, { kind: 'choices', prompt: 'Which?', choices: many }] });
cases.push({ name: '9,000 characters', replies: [{ kind: 'text', text: Array.from({ length: 90 }, (_, i) => `Paragraph ${i} keeps **calm** words & <symbols> in order, with _care_ and no loss.`).join('\n\n') }] });
cases.push({ name: 'five links', replies: [{ kind: 'links', links: Array.from({ length: 5 }, (_, i) => ({ label: `Source ${i}`, url: `https://example.org/source/${i}?a=1&b=2` })) }] });

const choicesOf = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'choices' ? r.choices : []));
const linksOf = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'links' ? r.links : []));
/** The words of the answer text, which every rendering must still contain. */
const wordsOf = (replies: Reply[]) => replies.flatMap((r) => (r.kind === 'text' || r.kind === 'notice' ? r.text.replace(/\[([^\]]*)\]\([^)]*\)/g, ' $1 ').match(/[\p{L}\p{N}]{3,}/gu) ?? [] : []));
const decodeHtml = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe.each(cases)('$name', ({ replies }) => {
  const choices = choicesOf(replies);
  const links = linksOf(replies);
  const words = wordsOf(replies);

  it('offers only buttons the core understands again', () => {
    for (const c of choices) expect(parseAction(c.id), c.id).toBeDefined();
  });

  it('on Telegram: valid HTML under 4096 characters, every button and link, no word lost', () => {
    const messages = renderTelegram(replies);
    const buttons = messages.flatMap((m) => m.keyboard?.inline_keyboard.flat() ?? []);
    expect(buttons.map((b) => ['callback_data' in b ? b.callback_data : '', b.text])).toEqual(choices.map((c) => [c.id, c.label]));
    for (const b of buttons) expect(Buffer.byteLength('callback_data' in b ? b.callback_data : '')).toBeLessThanOrEqual(64);
    const text = messages.map((m) => m.html).join('\n');
    for (const m of messages) {
      expect(telegramHtmlProblems(m.html)).toEqual([]);
      expect(visibleLength(m.html)).toBeLessThanOrEqual(4096);
    }
    for (const l of links) expect(text).toContain(l.url.replace(/&/g, '&amp;'));
    const plain = decodeHtml(text);
    for (const w of words) expect(plain).toContain(w);
  });

  it('on Discord: under 2000 characters, at most 5 rows of 5, every choice and link, no word lost', () => {
    const messages = renderDiscord(replies);
    const offered: [string, string][] = [];
    for (const m of messages) {
      expect(m.content.length).toBeLessThanOrEqual(2000);
      expect(m.components.length).toBeLessThanOrEqual(5);
      for (const row of m.components.map((r) => r.toJSON())) {
        expect(row.components.length).toBeLessThanOrEqual(5);
        for (const c of row.components as { type: number; custom_id: string; label?: string; options?: { value: string; label: string }[] }[]) {
          if (c.options) offered.push(...c.options.map((o) => [o.value, o.label] as [string, string]));
          else offered.push([c.custom_id, c.label ?? '']);
        }
      }
    }
    expect(offered).toEqual(choices.map((c) => [c.id, c.label]));
    const text = messages.map((m) => m.content).join('\n');
    for (const l of links) expect(text).toContain(l.url);
    for (const w of words) expect(text).toContain(w);
  });

  it('on WhatsApp: within every limit, every option reachable, every link, no word lost', () => {
    const sends = renderWhatsApp(replies, { listButton: 'Options', listSection: 'Topics', openLink: 'Open', legalFooter: 'Legal information, not legal advice.' });
    const offered: string[] = [];
    const texts: string[] = [];
    for (const s of sends) {
      if (s.type === 'text') {
        expect([...s.text].length).toBeLessThanOrEqual(4096);
        texts.push(s.text);
      } else {
        expect([...s.body].length).toBeLessThanOrEqual(1024);
        texts.push(s.body);
        if (s.type === 'buttons') {
          expect(s.buttons.length).toBeLessThanOrEqual(3);
          for (const b of s.buttons) expect([...b.title].length).toBeLessThanOrEqual(20);
          offered.push(...s.buttons.map((b) => b.title));
        }
        if (s.type === 'list') {
          expect(s.rows.length).toBeLessThanOrEqual(10);
          for (const r of s.rows) expect([...r.title].length).toBeLessThanOrEqual(24);
          offered.push(...s.rows.map((r) => r.title));
        }
        if (s.type === 'cta') texts.push(s.url);
        if ('footer' in s && s.footer) texts.push(s.footer);
      }
    }
    const last = sends.at(-1);
    if (last?.type === 'text' && choices.length) {
      // The numbered rung: the options are the run of numbered lines that ends the last message.
      const lines = last.text.split('\n');
      const numbered = [];
      for (let i = lines.length - 1; i >= 0 && /^\d+\. /.test(lines[i]!); i--) numbered.unshift(lines[i]!.replace(/^\d+\. /, ''));
      offered.push(...numbered);
    }
    expect(offered).toEqual(choices.map((c) => c.label));
    const text = texts.join('\n');
    for (const l of links) expect(text).toContain(l.url);
    const legal = replies.some((r) => r.kind === 'notice' && r.notice === 'legal');
    for (const w of wordsOf(replies.filter((r) => !(r.kind === 'notice' && r.notice === 'legal')))) expect(text).toContain(w);
    if (legal) expect(text).toMatch(/not legal advice/);
  });

  it('as plain text: every option numbered in order, every link, no word lost', () => {
    const text = renderPlain(replies);
    expect([...text.matchAll(/^ {2}\d+\. (.+)$/gm)].map((m) => m[1])).toEqual(choices.map((c) => c.label));
    for (const l of links) expect(text).toContain(l.url);
    for (const w of words) expect(text).toContain(w);
  });
});
