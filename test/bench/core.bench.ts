/**
 * `npm run bench`: how long the core takes to answer one message, side by side with a peer: the
 * same classifier done the obvious way (score every example, no index), which is what the core's
 * inverted index and typed arrays replace. Realistic messages from the check set, single thread.
 */
import { readFileSync } from 'node:fs';
import { createCore } from '../../src/core.ts';
import { loadContentOrThrow } from '../../src/content/load.ts';
import { defaultContentDir } from '../../src/content/paths.ts';
import { featuresOf, featureWeight } from '../../src/understand/features.ts';
import { TopicClassifier } from '../../src/understand/classifier.ts';

const messages = readFileSync(new URL('../eval/en-check.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const ROUNDS = 20;

function measure(label: string, work: (text: string, i: number) => unknown): { label: string; p50: number; p99: number; mean: number } {
  for (const [i, m] of messages.entries()) work(m, i); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, m] of messages.entries()) {
      const t0 = performance.now();
      work(m, i + r * messages.length);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.floor((p / 100) * (times.length - 1))]! * 1000;
  return { label, p50: at(50), p99: at(99), mean: (times.reduce((a, b) => a + b, 0) / times.length) * 1000 };
}

const catalog = loadContentOrThrow(defaultContentDir());
// The core keeps one classifier per language; these English messages meet the English one.
const examples = [...catalog.answers.get('en')!.values()].flatMap((a) => a.examples.map((text) => ({ topic: a.topic, text })));
const classifier = new TopicClassifier(examples);

// The peer: the same features and weights, compared with every example in turn.
const unit = (f: Map<number, number>) => {
  const v = new Map([...f].map(([k, c]) => [k, featureWeight(k, c)]));
  const n = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
  for (const [k, w] of v) v.set(k, w / n);
  return v;
};
const exampleVectors = examples.map((e) => ({ topic: e.topic, v: unit(featuresOf(e.text)) }));
const linearScan = (text: string) => {
  const q = unit(featuresOf(text));
  const best = new Map<string, number>();
  for (const { topic, v } of exampleVectors) {
    let dot = 0;
    for (const [k, w] of q) dot += w * (v.get(k) ?? 0);
    if (dot > (best.get(topic) ?? 0)) best.set(topic, dot);
  }
  return [...best].sort((a, b) => b[1] - a[1])[0];
};

const core = await createCore({ limits: false });
// respond() is async only for the session store; the memory store answers at once.
const timedAsync = async () => {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS + 1; r++) {
    for (const [i, m] of messages.entries()) {
      const t0 = performance.now();
      await core.respond({ platform: 'whatsapp', conversationId: `c${i % 50}`, userId: `u${i % 50}`, chat: 'private', addressed: true, text: m });
      if (r > 0) times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.floor((p / 100) * (times.length - 1))]! * 1000;
  return { label: 'core.respond (whole answer, session included)', p50: at(50), p99: at(99), mean: (times.reduce((a, b) => a + b, 0) / times.length) * 1000 };
};

const rows = [await timedAsync(), measure('topic classifier (inverted index)', (t) => classifier.classify(t)), measure('peer: same classifier, linear scan of every example', (t) => linearScan(t))];
console.log(`\nCore latency over ${messages.length} realistic English messages × ${ROUNDS} rounds, ${examples.length} English example phrasings, one thread\n`);
console.log('what                                                 p50 µs    p99 µs   mean µs');
for (const r of rows) console.log(`${r.label.padEnd(52)} ${r.p50.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(9)} ${r.mean.toFixed(1).padStart(9)}`);
console.log(`\nheap used after the run: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB`);
