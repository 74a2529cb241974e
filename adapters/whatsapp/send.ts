/**
 * Sends rendered messages through @whatsapp-cloudapi/client. The client throws a plain Error whose
 * message carries Meta's JSON; the error code is read out of it for logs (never the content).
 */
import { markMessageRead, sendButtonsMessage, sendCTAURLMessage, sendListMessage, sendTextMessage } from '@whatsapp-cloudapi/client';
import type { WhatsAppSend } from './render.ts';

export interface GraphAccess {
  accessToken: string;
  phoneNumberId: string;
  baseUrl?: string;
}

export async function send(access: GraphAccess, to: string, message: WhatsAppSend): Promise<void> {
  const common = { accessToken: access.accessToken, from: access.phoneNumberId, to, ...(access.baseUrl && { baseUrl: access.baseUrl }) };
  switch (message.type) {
    case 'text':
      await sendTextMessage({ ...common, text: message.text, previewUrl: false });
      return;
    case 'buttons':
      await sendButtonsMessage({ ...common, bodyText: message.body, buttons: message.buttons, ...(message.footer && { footerText: message.footer }) });
      return;
    case 'list':
      await sendListMessage({ ...common, bodyText: message.body, buttonText: message.button, sections: [{ title: message.section, rows: message.rows }], ...(message.footer && { footerText: message.footer }) });
      return;
    case 'cta':
      await sendCTAURLMessage({ ...common, bodyText: message.body, buttonText: message.button, url: message.url });
      return;
  }
}

export async function markRead(access: GraphAccess, messageId: string): Promise<void> {
  await markMessageRead({ accessToken: access.accessToken, from: access.phoneNumberId, messageId, ...(access.baseUrl && { baseUrl: access.baseUrl }) });
}

/** Meta's error code from the client's "WhatsApp API Error: {…}" message, if there is one. */
export function graphErrorCode(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const json = /^WhatsApp API Error: (.*)$/s.exec(error.message)?.[1];
  if (!json) return undefined;
  try {
    const code = (JSON.parse(json) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'number' ? code : undefined;
  } catch {
    return undefined;
  }
}
