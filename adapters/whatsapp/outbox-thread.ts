/** Inside the outbox's worker thread: runs each delivery job with the WhatsApp client. */
import { parentPort, workerData } from 'node:worker_threads';
import type { DeliveryJob, DeliveryResult } from './outbox.ts';
import { graphErrorCode, markRead, send, type GraphAccess } from './send.ts';

const access = workerData as GraphAccess;

parentPort!.on('message', (job: DeliveryJob) => {
  void run(job).then((result) => parentPort!.postMessage(result));
});

async function run(job: DeliveryJob): Promise<DeliveryResult> {
  const read = job.readId ? markRead(access, job.readId).catch(() => undefined) : undefined;
  try {
    // One person's messages go out in order.
    for (const message of job.messages) await send(access, job.to, message);
    return { id: job.id };
  } catch (error) {
    const code = graphErrorCode(error);
    return { id: job.id, error: { name: error instanceof Error ? error.name : typeof error, ...(code !== undefined && { code }) } };
  } finally {
    await read;
  }
}
