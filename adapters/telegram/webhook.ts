/**
 * The Telegram webhook as an HTTP route. grammY checks the secret token (in constant time) before
 * the body is even read; the body is then read with a size cap and must look like an update.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { HttpProblem, parseJson, readBody } from '../http/body.ts';
import { WEBHOOK_MAX_BODY_BYTES } from './limits.ts';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

// The parts of an update the bot reads must have the shape Telegram gives them; other kinds of
// update pass through (grammY ignores what no handler asks for).
const chat = z.object({ id: z.number(), type: z.string() });
const message = z.object({ message_id: z.number(), date: z.number(), chat, from: z.object({ id: z.number(), is_bot: z.boolean() }).optional(), text: z.string().optional() });
const updateSchema = z.object({
  update_id: z.number().int(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: z.object({ id: z.string(), from: z.object({ id: z.number() }), data: z.string().optional(), message: message.optional() }).optional(),
});

function nodeAdapter(req: IncomingMessage, res: ServerResponse) {
  const header = req.headers[SECRET_HEADER];
  return {
    get update(): Promise<Update> {
      return readBody(req, WEBHOOK_MAX_BODY_BYTES).then((body) => {
        const update = parseJson(body);
        if (!updateSchema.safeParse(update).success) throw new HttpProblem(400, 'the body is not a Telegram update');
        return update as Update;
      });
    },
    header: Array.isArray(header) ? header[0] : header,
    end: () => void res.end(),
    respond: (json: string) => void res.writeHead(200, { 'content-type': 'application/json' }).end(json),
    unauthorized: () => void res.writeHead(401, { 'content-type': 'text/plain' }).end('secret token is wrong'),
  };
}

export function telegramWebhook(bot: Bot, secret: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const handle = webhookCallback(bot, nodeAdapter, { secretToken: secret, onTimeout: 'return' });
  return async (req, res) => {
    if (req.method !== 'POST') throw new HttpProblem(405, 'POST only');
    await handle(req, res);
  };
}
