/**
 * Delivers answers to the Cloud API from a worker thread. Each call of the client costs more CPU
 * (undici's fetch) than working out the answer itself; on a machine with two cores, doing the
 * sending beside the main thread leaves that one free for webhooks and the core. The worker runs
 * the same @whatsapp-cloudapi/client calls (send.ts) over real HTTP.
 */
import { Worker } from 'node:worker_threads';
import type { WhatsAppSend } from './render.ts';
import type { GraphAccess } from './send.ts';

export interface DeliveryJob {
  id: number;
  to: string;
  /** The inbound message to mark read, sent alongside the answer. */
  readId?: string;
  messages: WhatsAppSend[];
}
export interface DeliveryResult {
  id: number;
  error?: { name: string; code?: number };
}

/** A delivery the Cloud API refused; carries Meta's error code for logs, never content. */
export class DeliveryError extends Error {
  constructor(
    readonly code: number | undefined,
    name: string,
  ) {
    super(`WhatsApp delivery failed (${code ?? name})`);
  }
}

export class Outbox {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

  constructor(private readonly access: GraphAccess) {}

  deliver(to: string, messages: WhatsAppSend[], readId?: string): Promise<void> {
    const id = this.nextId++;
    const job: DeliveryJob = { id, to, messages, ...(readId && { readId }) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./outbox-worker.mjs', import.meta.url), { workerData: this.access });
    worker.unref();
    worker.on('message', (result: DeliveryResult) => {
      const waiting = this.pending.get(result.id);
      if (!waiting) return;
      this.pending.delete(result.id);
      if (result.error) waiting.reject(new DeliveryError(result.error.code, result.error.name));
      else waiting.resolve();
    });
    // A worker that dies takes its jobs with it; they fail, and the next job starts a new worker.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, waiting] of this.pending) {
        this.pending.delete(id);
        waiting.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the WhatsApp delivery worker stopped (${code})`)));
    this.worker = worker;
    return worker;
  }
}
