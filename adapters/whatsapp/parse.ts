/**
 * WhatsApp Cloud API webhook notifications: checked for shape, then turned into messages for the
 * core and status updates. Anything the bot cannot read (voice, photos, stickers, locations,
 * contacts, reactions) becomes a message marked unsupported, answered with a notice.
 */
import { z } from 'zod';
import type { Inbound } from '../../src/types.ts';

const messageSchema = z.object({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: z.string().regex(/^\d+$/),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  interactive: z.object({
    type: z.string(),
    button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
    list_reply: z.object({ id: z.string(), title: z.string() }).optional(),
  }).optional(),
  button: z.object({ text: z.string(), payload: z.string().optional() }).optional(),
});

const statusSchema = z.object({
  id: z.string(),
  status: z.string(),
  errors: z.array(z.object({ code: z.number() })).optional(),
});

export const webhookSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({
    changes: z.array(z.object({
      field: z.string(),
      value: z.object({
        metadata: z.object({ phone_number_id: z.string() }).optional(),
        messages: z.array(messageSchema).optional(),
        statuses: z.array(statusSchema).optional(),
      }),
    })),
  })),
});

export type WhatsAppEvent =
  | { kind: 'message'; inbound: Inbound; messageId: string; to: string; sentAt: number }
  | { kind: 'status'; status: string; errorCode?: number };

export function parseWebhook(payload: z.infer<typeof webhookSchema>, phoneNumberId: string): WhatsAppEvent[] {
  const events: WhatsAppEvent[] = [];
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const { value } = change;
      // One Meta app can serve several numbers; answer only for ours.
      if (value.metadata && value.metadata.phone_number_id !== phoneNumberId) continue;
      for (const status of value.statuses ?? []) {
        events.push({ kind: 'status', status: status.status, ...(status.errors?.[0] && { errorCode: status.errors[0].code }) });
      }
      for (const m of value.messages ?? []) {
        const base = { platform: 'whatsapp' as const, conversationId: m.from, userId: m.from, chat: 'private' as const, addressed: true };
        const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
        let inbound: Inbound;
        if (m.type === 'text' && m.text) inbound = { ...base, text: m.text.body };
        else if (m.type === 'interactive' && reply) inbound = { ...base, action: reply.id };
        else if (m.type === 'button' && m.button) inbound = { ...base, text: m.button.text };
        else inbound = { ...base, unsupported: true };
        events.push({ kind: 'message', inbound, messageId: m.id, to: m.from, sentAt: Number(m.timestamp) * 1000 });
      }
    }
  }
  return events;
}
