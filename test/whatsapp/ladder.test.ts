import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWhatsApp, type WhatsAppSend } from '../../adapters/whatsapp/render.ts';
import { send } from '../../adapters/whatsapp/send.ts';
import type { Choice, Reply } from '../../src/types.ts';
import { ACCESS_TOKEN, PHONE_NUMBER_ID, startFakeGraph, type FakeGraph } from '../fakes/graph-api.ts';

const words = { listButton: 'Options', listSection: 'Topics', openLink: 'Open' };
const labels = ['At the door', 'Check a warrant', 'They came in', 'Stay silent', 'Hotlines', 'Find a lawyer', 'Family plan', 'Someone was taken', 'Stopped on street', 'In a car', 'At work', 'Filming ICE'];
const choices = (n: number): Choice[] => labels.slice(0, n).map((label, i) => ({ id: `t:${i}`, label }));
const replies = (n: number): Reply[] => [{ kind: 'text', text: '**Do not open the door.** Talk through it.' }, { kind: 'choices', prompt: 'What next?', choices: choices(n) }];

/** Every option as the person sees it: a button, a list row, or a numbered line of text. */
function reachable(sends: WhatsAppSend[]): string[] {
  return sends.flatMap((s) => {
    if (s.type === 'buttons') return s.buttons.map((b) => b.title);
    if (s.type === 'list') return s.rows.map((r) => r.title);
    if (s.type === 'text') return [...s.text.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]!);
    return [];
  });
}

let graph: FakeGraph;
beforeAll(async () => { graph = await startFakeGraph(); });
afterAll(async () => graph.close());

describe('the choices ladder', () => {
  it.each([
    [2, 'buttons'],
    [3, 'buttons'],
    [4, 'list'],
    [12, 'text'],
  ] as const)('%i choices become %s, with every option reachable and no label cut', async (n, kind) => {
    const sends = renderWhatsApp(replies(n), words);
    expect(sends.at(-1)!.type).toBe(kind);
    expect(reachable(sends)).toEqual(labels.slice(0, n));
    // The real client accepts each message (it checks WhatsApp's limits before sending).
    const before = graph.messages().length;
    for (const s of sends) await send({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID, baseUrl: graph.url }, '15551234567', s);
    expect(graph.messages().length - before).toBe(sends.length);
    const last = sends.at(-1)!;
    if (kind === 'text' && last.type === 'text') expect(last.text).toMatch(/^12\. Filming ICE$/m);
  });

  it('takes the list, not buttons, when a label is longer than a button allows', () => {
    const long: Reply[] = [{ kind: 'choices', prompt: 'Pick', choices: [{ id: 'a', label: 'Someone was taken away' }, { id: 'b', label: 'Hotlines' }] }];
    const [only] = renderWhatsApp(long, words);
    expect(only!.type).toBe('list');
  });

  it('puts a single link on a button, and several in the text', () => {
    const one = renderWhatsApp([{ kind: 'links', links: [{ label: 'ICE detainee locator', url: 'https://locator.ice.gov' }] }], words);
    expect(one).toEqual([{ type: 'cta', body: 'ICE detainee locator', button: 'Open', url: 'https://locator.ice.gov' }]);
    const two = renderWhatsApp([{ kind: 'links', links: [{ label: 'A', url: 'https://a.example' }, { label: 'B', url: 'https://b.example' }] }], words);
    expect(two).toEqual([{ type: 'text', text: '- A: https://a.example\n- B: https://b.example' }]);
  });

  it('writes Markdown the way WhatsApp formats it', () => {
    const [m] = renderWhatsApp([{ kind: 'text', text: '**Do not open.** See [the guide](https://example.org/g).' }], words);
    expect(m).toEqual({ type: 'text', text: '*Do not open.* See the guide: https://example.org/g.' });
  });
});
