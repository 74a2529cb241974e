/**
 * A fake Meta Graph API for the WhatsApp Cloud API: records the exact path and JSON of every call,
 * answers like Meta, and can refuse a recipient outside the 24-hour window (error 131047).
 */
import { randomUUID } from 'node:crypto';
import { startFakeServer, type FakeServer, type Recorded } from './http-recorder.ts';

export const PHONE_NUMBER_ID = '109876543210987';
export const ACCESS_TOKEN = 'EAAG-test-access-token-0123456789';
export const APP_SECRET = 'app-secret-0123456789abcdef';
export const VERIFY_TOKEN = 'verify-token-123';

export interface FakeGraph extends FakeServer {
  /** Calls to /v24.0/{phone-number-id}/messages that send a message (not read receipts). */
  messages(): Record<string, unknown>[];
  readReceipts(): Record<string, unknown>[];
  outsideWindow: Set<string>;
}

let counter = 0;
export async function startFakeGraph(): Promise<FakeGraph> {
  const outsideWindow = new Set<string>();
  const server = await startFakeServer((call) => {
    const body = (call.body ?? {}) as Record<string, unknown>;
    if (!call.path.endsWith(`/${PHONE_NUMBER_ID}/messages`)) return { status: 404, json: { error: { message: 'Unknown path', code: 100 } } };
    if (call.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) return { status: 401, json: { error: { message: 'Invalid OAuth access token', code: 190 } } };
    if (body.status === 'read') return { json: { success: true } };
    if (outsideWindow.has(String(body.to))) return { status: 400, json: { error: { message: '(#131047) Re-engagement message', code: 131047 } } };
    return { json: { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.OUT${++counter}` }] } };
  });
  const sent = (c: Recorded) => (c.body as { status?: string } | undefined)?.status !== 'read';
  return Object.assign(server, {
    messages: () => server.calls.filter(sent).map((c) => c.body as Record<string, unknown>),
    readReceipts: () => server.calls.filter((c) => !sent(c)).map((c) => c.body as Record<string, unknown>),
    outsideWindow,
  });
}

let inboundCounter = 0;
/** A notification for one inbound message, as Meta posts it. */
export function notification(message: Record<string, unknown>, from = '15551234567', sentAt = Date.now()): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: 'WABA_ID', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15550000000', phone_number_id: PHONE_NUMBER_ID },
      contacts: [{ wa_id: from, profile: { name: 'Ann' } }],
      messages: [{ from, id: `wamid.IN${++inboundCounter}.${randomUUID()}`, timestamp: String(Math.floor(sentAt / 1000)), ...message }],
    } }] }],
  };
}

export const textMessage = (body: string) => ({ type: 'text', text: { body } });
