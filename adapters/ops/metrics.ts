/**
 * Prometheus metrics (prom-client): messages and answers by platform, topic, language and urgency,
 * errors by kind, and answer latency. Labels never hold a user id, chat id, number or text.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Core } from '../../src/core.ts';

export interface Metrics {
  registry: Registry;
  errors: Counter<'kind'>;
}

export function createMetrics(): Metrics & { messages: Counter<'platform'>; answers: Counter<'platform' | 'topic' | 'lang' | 'urgent'>; latency: Histogram<'platform'> } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    messages: new Counter({ name: 'kyr_messages_total', help: 'Messages and button presses received', labelNames: ['platform'], registers: [registry] }),
    answers: new Counter({ name: 'kyr_answers_total', help: 'Answers given', labelNames: ['platform', 'topic', 'lang', 'urgent'], registers: [registry] }),
    errors: new Counter({ name: 'kyr_errors_total', help: 'Errors, by kind', labelNames: ['kind'], registers: [registry] }),
    latency: new Histogram({
      name: 'kyr_answer_seconds', help: 'Time from a message reaching the core to its answer', labelNames: ['platform'], registers: [registry],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    }),
  };
}

/** The core, counting what goes through it. */
export function instrument(core: Core, metrics: ReturnType<typeof createMetrics>): Core {
  const respond: Core['respond'] = async (inbound) => {
    metrics.messages.inc({ platform: inbound.platform });
    const stop = metrics.latency.startTimer({ platform: inbound.platform });
    const turn = await core.respond(inbound);
    stop();
    if (turn.topic) metrics.answers.inc({ platform: inbound.platform, topic: turn.topic, lang: turn.locale, urgent: String(turn.urgent) });
    return turn;
  };
  return { ...core, respond, handle: async (inbound) => (await respond(inbound)).replies };
}
