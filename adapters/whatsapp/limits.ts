/**
 * WhatsApp Cloud API limits. https://developers.facebook.com/docs/whatsapp/guides/interactive-messages
 * (the same numbers as @whatsapp-cloudapi/client's constants, which check them before sending).
 */
export {
  TextBodyMaxLength as TEXT_MAX_CHARS,
  InteractiveBodyMaxLength as INTERACTIVE_BODY_MAX_CHARS,
  InteractiveFooterMaxLength as INTERACTIVE_FOOTER_MAX_CHARS,
  ButtonsMaxCount as REPLY_BUTTONS_MAX,
  ButtonTextMaxLength as REPLY_BUTTON_TITLE_MAX_CHARS,
  ListRowsMaxCount as LIST_ROWS_MAX,
  ListRowTitleMaxLength as LIST_ROW_TITLE_MAX_CHARS,
  ListButtonTextMaxLength as LIST_BUTTON_MAX_CHARS,
  ListSectionTitleMaxLength as LIST_SECTION_TITLE_MAX_CHARS,
} from '@whatsapp-cloudapi/client';

/** A call-to-action URL button's text: at most 20 characters. https://developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-cta-url-messages */
export const CTA_BUTTON_MAX_CHARS = 20;
/** The largest webhook body accepted; Meta's notifications are a few kilobytes. */
export const WEBHOOK_MAX_BODY_BYTES = 256 * 1024;
/** The customer-service window: free-form replies only within 24 hours of the person's last message. https://developers.facebook.com/docs/whatsapp/pricing#customer-service-windows */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How long an answered message id is remembered, to answer a retried webhook once. */
export { DEFAULT_DEDUPE_TTL_MS as DEDUPE_TTL_MS } from '../../src/limits/dedupe.ts';
