/**
 * A scripted conversation with the real core (real content, real strings), for tests.
 */
import { createCore, type Core } from '../../src/core.ts';
import { MemorySessionStore } from '../../src/session/memory-store.ts';
import type { Inbound, Reply, Turn } from '../../src/types.ts';

export interface Chat {
  core: Core;
  store: MemorySessionStore;
  clock: { now: number };
  say(text: string, extra?: Partial<Inbound>): Promise<Turn>;
  press(action: string, extra?: Partial<Inbound>): Promise<Turn>;
}

export async function startChat(base: Partial<Inbound> = {}): Promise<Chat> {
  const clock = { now: Date.UTC(2026, 10, 26, 12) };
  const store = new MemorySessionStore({ now: () => clock.now });
  const core = await createCore({ store, now: () => clock.now, sessionSecret: 'test-secret-test-secret-test-secret' });
  const inbound = (extra: Partial<Inbound>): Inbound => ({
    platform: 'cli', conversationId: 'chat-1', userId: 'user-1', chat: 'private', addressed: true, ...base, ...extra,
  });
  return {
    core, store, clock,
    say: (text, extra = {}) => core.respond({ ...inbound(extra), text }),
    press: (action, extra = {}) => core.respond({ ...inbound(extra), action }),
  };
}

export const textOf = (turn: Turn) => turn.replies.filter((r) => r.kind === 'text').map((r) => (r as { text: string }).text).join('\n');
export const noticesOf = (turn: Turn) => turn.replies.filter((r): r is Extract<Reply, { kind: 'notice' }> => r.kind === 'notice');
export const choicesOf = (turn: Turn) => turn.replies.flatMap((r) => (r.kind === 'choices' ? r.choices : []));
