/**
 * The Telegram webhook as an HTTP route. grammY checks the secret token (in constant time) before
 * the body is even read; the body is then read with a size cap and must look like an update.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { HttpProblem, parseJson, readBody } from '../http/body.ts';
import { WEBHOOK_MAX_BODY_BYTES } from './limits.ts';

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

function nodeAdapter(req: IncomingMessage, res: ServerResponse) {
  const header = req.headers[SECRET_HEADER];
  return {
    get update(): Promise<Update> {
      return readBody(req, WEBHOOK_MAX_BODY_BYTES).then((body) => {
        const update = parseJson(body);
        if (typeof update !== 'object' || update === null || typeof (update as { update_id?: unknown }).update_id !== 'number') {
          throw new HttpProblem(400, 'the body is not a Telegram update');
        }
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
