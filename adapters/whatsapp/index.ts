/**
 * The WhatsApp adapter: a webhook only Meta can call (verify token for the handshake, HMAC
 * signature on every notification), replies through the Cloud API. It answers Meta at once and
 * works after, answers each message id once, keeps each person's messages in order, and never
 * writes to anyone outside WhatsApp's 24-hour customer-service window.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../../src/core.ts';
import type { Lang } from '../../src/content/topic-ids.ts';
import { MemoryDeduper, type Deduper } from '../../src/limits/dedupe.ts';
import type { Logger } from '../../src/log.ts';
import { HttpProblem, parseJson, readBody } from '../http/body.ts';
import { DEDUPE_TTL_MS, SERVICE_WINDOW_MS, WEBHOOK_MAX_BODY_BYTES } from './limits.ts';
import { parseWebhook, webhookSchema, type WhatsAppEvent } from './parse.ts';
import { renderWhatsApp } from './render.ts';
import { DeliveryError, Outbox } from './outbox.ts';
import { graphErrorCode, type GraphAccess } from './send.ts';
import { sameSecret, validSignature } from './signature.ts';

export interface WhatsAppOptions extends GraphAccess {
  appSecret: string;
  verifyToken: string;
  core: Core;
  logger: Logger;
  deduper?: Deduper;
  now?: () => number;
}

export interface WhatsAppAdapter {
  /** The route for `/whatsapp`: GET for Meta's handshake, POST for notifications. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Resolves when every accepted notification has been answered (for shutdown and tests). */
  idle(): Promise<void>;
  /** Answers what is in flight, then stops the delivery thread. */
  stop(): Promise<void>;
}

export const WHATSAPP_PATH = '/whatsapp';

export function createWhatsAppAdapter(options: WhatsAppOptions): WhatsAppAdapter {
  const { core, logger } = options;
  const now = options.now ?? Date.now;
  const deduper = options.deduper ?? new MemoryDeduper(DEDUPE_TTL_MS, now);
  const access: GraphAccess = { accessToken: options.accessToken, phoneNumberId: options.phoneNumberId, ...(options.baseUrl && { baseUrl: options.baseUrl }) };
  // Each person's messages are answered in the order they came, one after the other.
  const queues = new Map<string, Promise<void>>();
  const outbox = new Outbox(access);
  const inFlight = new Set<Promise<void>>();

  const handshake = (req: IncomingMessage, res: ServerResponse) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const token = query.get('hub.verify_token') ?? '';
    if (query.get('hub.mode') === 'subscribe' && sameSecret(token, options.verifyToken)) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(query.get('hub.challenge') ?? '');
      return;
    }
    logger.warn({ event: 'whatsapp_handshake_refused' }, 'webhook verification refused');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('verification failed');
  };

  const receive = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req, WEBHOOK_MAX_BODY_BYTES);
    // Nothing is parsed before the signature holds.
    if (!validSignature(raw, req.headers['x-hub-signature-256'], options.appSecret)) throw new HttpProblem(401, 'invalid signature');
    const shaped = webhookSchema.safeParse(parseJson(raw));
    if (!shaped.success) throw new HttpProblem(400, 'not a WhatsApp Business Account notification');
    const events = parseWebhook(shaped.data, options.phoneNumberId);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    for (const event of events) schedule(event);
  };

  const schedule = (event: WhatsAppEvent) => {
    if (event.kind === 'status') {
      if (event.status === 'failed') logger.warn({ event: 'whatsapp_delivery_failed', code: event.errorCode }, 'a reply was not delivered');
      return;
    }
    const previous = queues.get(event.to) ?? Promise.resolve();
    const next = previous.then(() => answer(event)).catch((error: unknown) => {
      const code = error instanceof DeliveryError ? error.code : graphErrorCode(error);
      logger.error({ event: 'whatsapp_error', code, name: error instanceof Error ? error.name : typeof error }, 'a WhatsApp message could not be answered');
    });
    queues.set(event.to, next);
    inFlight.add(next);
    void next.finally(() => {
      inFlight.delete(next);
      if (queues.get(event.to) === next) queues.delete(event.to);
    });
  };

  const answer = async (event: Extract<WhatsAppEvent, { kind: 'message' }>) => {
    if (!(await deduper.firstTime(`whatsapp:${event.messageId}`))) {
      logger.info({ event: 'whatsapp_duplicate' }, 'a retried notification was already answered');
      return;
    }
    if (now() - event.sentAt > SERVICE_WINDOW_MS) {
      logger.info({ event: 'whatsapp_outside_window' }, 'not answering a message older than 24 hours');
      return;
    }
    const started = performance.now();
    const turn = await core.respond(event.inbound);
    const t = core.strings.t(turn.locale as Lang);
    const sends = renderWhatsApp(turn.replies, { listButton: t('whatsapp.list_button'), listSection: t('whatsapp.list_section'), openLink: t('whatsapp.open_link'), legalFooter: t('notice.legal_short') });
    // Marked read and answered from the outbox's thread, in order.
    await outbox.deliver(event.to, sends, event.messageId);
    logger.info({ event: 'answered', platform: 'whatsapp', topic: turn.topic, lang: turn.locale, urgent: turn.urgent, ms: Math.round(performance.now() - started) }, 'answered');
  };

  return {
    async handle(req, res) {
      if (req.method === 'GET') return handshake(req, res);
      if (req.method === 'POST') return receive(req, res);
      throw new HttpProblem(405, 'GET or POST only');
    },
    async idle() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
    async stop() {
      while (inFlight.size) await Promise.all([...inFlight]);
      await outbox.close();
    },
  };
}
