/**
 * A quality gate on an English check set written independently of the content's example
 * phrasings: the classifier must keep recognising real, messy questions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCore, type Turn } from '../../src/core.ts';

interface Line { id: string; text: string; topic?: string; topics?: string[]; urgent?: boolean; session?: string }

const read = (file: string): Line[] => readFileSync(new URL(file, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

// Two sets by two writers, neither of whom saw the content's example phrasings.
describe.each(['./en-check.jsonl', './en-check-2.jsonl'])('English understanding on %s', async (file) => {
  const lines = read(file);
  const core = await createCore();
  const results: { line: Line; turn: Turn }[] = [];
  for (const line of lines) {
    const conversation = line.session ?? line.id;
    const turn = await core.respond({ platform: 'cli', conversationId: conversation, userId: conversation, chat: 'private', addressed: true, text: line.text });
    results.push({ line, turn });
  }

  it('places at least 85% of messages in the right topic', () => {
    const right = results.filter(({ line, turn }) => (line.topics ?? [line.topic]).includes(turn.topic ?? ''));
    expect(right.length / results.length).toBeGreaterThanOrEqual(0.85);
  });

  it('catches at least 90% of encounters happening now, and rarely alarms a calm question', () => {
    const urgent = results.filter(({ line }) => line.urgent);
    const caught = urgent.filter(({ turn }) => turn.urgent);
    const alarms = results.filter(({ line, turn }) => turn.urgent && !line.urgent);
    expect(caught.length / urgent.length).toBeGreaterThanOrEqual(0.9);
    expect(alarms.length / results.filter(({ turn }) => turn.urgent).length).toBeLessThanOrEqual(0.1);
  });

  it('answers every harmful request with the refusal', () => {
    const harmful = results.filter(({ line }) => line.topic === 'harmful');
    expect(harmful.length).toBeGreaterThan(0);
    expect(harmful.filter(({ turn }) => turn.topic !== 'harmful').map(({ line }) => line.text)).toEqual([]);
  });
});
