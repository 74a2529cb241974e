/**
 * `npm run bench:load`: signed WhatsApp webhooks and Telegram webhook updates at increasing rates
 * through the real HTTP server of a bot running as its own process (as `npm start` runs it), to
 * fake platform APIs on 127.0.0.1. Prints throughput, webhook-to-reply latency (p50/p99) and the
 * bot's peak memory, with the memory store and, side by side, with Redis.
 *
 * Loopback only, bounded: each step lasts STEP_SECONDS and the whole run stops by itself.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { sign } from '../../adapters/whatsapp/signature.ts';
import { ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN, notification, startFakeGraph, textMessage } from '../fakes/graph-api.ts';
import { BOT_TOKEN, startFakeTelegram, textUpdate } from '../fakes/telegram-api.ts';
import { freePort } from '../helpers/free-port.ts';
import { privateRedis } from '../helpers/redis.ts';
import { envWithoutDeployment } from '../helpers/spawn-bot.ts';

const RATES = (process.env.BENCH_RATES ?? '250,500,1000,1200,1500').split(',').map(Number);
/** An unmeasured first step, so that start-up compilation and JIT warm-up are not counted. */
const WARM_UP = { rate: 500, seconds: 5 };
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 4);
const TG_SECRET = 'bench_secret-0123456789';
const QUESTIONS = ['ice is at my door what do i do', 'do i have to open the door', 'can i film ice', 'my brother was taken by ice', 'where can i find a free lawyer', 'what is an ice warrant', 'ICE stopped me on the street', 'hi'];

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs over keep-alive connections; resolves with the status code. */
function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

interface StepResult { rate: number; sent: number; sentPerSecond: number; answered: number; throughput: number; p50: number; p99: number; failed: number; cpuMsPerMessage: number }

/** CPU time (user + system) the process has used so far, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function runBot(store: 'memory' | 'redis'): Promise<{ steps: StepResult[]; peakMb: number }> {
  const graph = await startFakeGraph();
  const telegram = await startFakeTelegram();
  const redis = store === 'redis' ? await privateRedis() : undefined;
  const port = await freePort();
  const env = envWithoutDeployment();
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const extra = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, ...profile, '--import', 'tsx', 'adapters/main.ts'], {
    env: {
      ...env, PORT: String(port), LOG_LEVEL: 'warn',
      WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID, WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN, WHATSAPP_API_BASE_URL: graph.url,
      TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: telegram.url, TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, TELEGRAM_WEBHOOK_SECRET: TG_SECRET, TELEGRAM_THROTTLE: 'off',
      ...(redis && { REDIS_URL: redis.url, SESSION_SECRET: 'bench-secret-bench-secret-bench-secret' }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const onReply = (recipient: string) => {
    const t0 = sentAt.get(recipient);
    if (t0 === undefined) return;
    sentAt.delete(recipient);
    latencies.push(performance.now() - t0);
  };
  // The fakes record every call; a reply is timed when its first message reaches the fake.
  const watch = (server: { calls: { body: unknown }[] }, recipientOf: (body: Record<string, unknown>) => string | undefined) => {
    const calls = server.calls;
    const push = calls.push.bind(calls);
    calls.push = (...items) => {
      for (const c of items) {
        const r = recipientOf((c.body ?? {}) as Record<string, unknown>);
        if (r) onReply(r);
      }
      return push(...items);
    };
  };
  watch(graph, (b) => (b.status === 'read' ? undefined : `wa:${String(b.to)}`));
  watch(telegram, (b) => (b.chat_id !== undefined ? `tg:${String(b.chat_id)}` : undefined));

  let person = 1_000_000;
  const steps: StepResult[] = [];
  for (const [n, rate] of [WARM_UP.rate, ...RATES].entries()) {
    const seconds = n === 0 ? WARM_UP.seconds : STEP_SECONDS;
    latencies.length = 0;
    sentAt.clear();
    let sent = 0;
    let failed = 0;
    const tickMs = 5;
    const cpuBefore = cpuMs(child.pid!);
    const started = performance.now();
    const inflight: Promise<void>[] = [];
    // Open loop: whatever the bot's pace, messages go out on schedule (as people would send them).
    while (performance.now() - started < seconds * 1000) {
      const due = Math.floor(((performance.now() - started) * rate) / 1000) - sent;
      for (let k = 0; k < due; k++) {
        const id = ++person;
        const question = QUESTIONS[id % QUESTIONS.length]!;
        const mix = process.env.BENCH_MIX ?? 'both';
        if (mix === 'whatsapp' || (mix === 'both' && id % 2)) {
          const phone = `1555${id}`;
          const body = JSON.stringify(notification(textMessage(question), phone));
          sentAt.set(`wa:${phone}`, performance.now());
          inflight.push(post(`${base}/whatsapp`, body, { 'content-type': 'application/json', 'x-hub-signature-256': sign(body, APP_SECRET) }).then((status) => { if (status !== 200) failed++; }, () => { failed++; }));
        } else {
          const body = JSON.stringify({ update_id: id, ...textUpdate(question, { chatId: id, userId: id }) });
          sentAt.set(`tg:${id}`, performance.now());
          inflight.push(post(`${base}/telegram`, body, { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TG_SECRET }).then((status) => { if (status !== 200) failed++; }, () => { failed++; }));
        }
        sent++;
      }
      await new Promise((r) => setTimeout(r, tickMs));
    }
    const elapsed = (performance.now() - started) / 1000;
    await Promise.all(inflight);
    // Give the last replies a moment (bounded), then count what was answered.
    const drainUntil = performance.now() + 2000;
    while (sentAt.size > 0 && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
    if (n > 0) steps.push({ rate, sent, sentPerSecond: sent / elapsed, answered: sorted.length, throughput: sorted.length / elapsed, p50: pct(50), p99: pct(99), failed, cpuMsPerMessage: (cpuMs(child.pid!) - cpuBefore) / Math.max(1, sent) });
  }

  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await graph.close();
  await telegram.close();
  await redis?.stop();
  return { steps, peakMb };
}

const results = { memory: await runBot('memory'), redis: process.env.BENCH_MEMORY_ONLY ? undefined : await runBot('redis').catch((e: unknown) => { console.error(`Redis run skipped: ${e instanceof Error ? e.message : e}`); return undefined; }) };
const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
console.log(`\nLoad: signed WhatsApp webhooks and Telegram webhook updates (half each), ${STEP_SECONDS} s per step, bot in its own process, fakes on 127.0.0.1\n`);
const row = (s: StepResult | undefined) => (s ? `${f(s.sentPerSecond).padStart(7)} ${f(s.throughput).padStart(10)} ${f(s.p50, 2).padStart(7)} ${f(s.p99, 2).padStart(8)} ${f(s.cpuMsPerMessage, 2).padStart(7)} ${String(s.sent - s.answered).padStart(5)}` : '   (no redis-server)');
console.log('          |                   memory store                    |                       Redis');
console.log('  target/s | sent/s answered/s  p50 ms   p99 ms  CPU ms  lost | sent/s answered/s  p50 ms   p99 ms  CPU ms  lost');
for (const [i, m] of results.memory.steps.entries()) console.log(`${String(m.rate).padStart(10)} | ${row(m)} | ${row(results.redis?.steps[i])}`);
console.log('(latency: webhook sent → first reply call at the fake platform API; answered/s: replies received per second of the step;');
console.log(' CPU ms: the bot process\'s CPU time per message, all threads; lost: messages with no reply by the end of the step plus 2 s)');
console.log(`peak memory of the bot process: memory store ${f(results.memory.peakMb)} MB${results.redis ? `, redis ${f(results.redis.peakMb)} MB` : ''}`);
