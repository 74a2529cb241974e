/**
 * The core's replies as WhatsApp messages, down one ladder for choices so that no option is ever
 * dropped and no label is ever cut: up to 3 short options become reply buttons, up to 10 become a
 * list message, and anything more becomes numbered text ("reply 1–N"; typing the number works).
 */
import type { Choice, Link, Reply } from '../../src/types.ts';
import { splitText } from '../shared/split-text.ts';
import {
  CTA_BUTTON_MAX_CHARS, INTERACTIVE_FOOTER_MAX_CHARS, INTERACTIVE_BODY_MAX_CHARS, LIST_BUTTON_MAX_CHARS, LIST_ROWS_MAX, LIST_ROW_TITLE_MAX_CHARS,
  LIST_SECTION_TITLE_MAX_CHARS, REPLY_BUTTONS_MAX, REPLY_BUTTON_TITLE_MAX_CHARS, TEXT_MAX_CHARS,
} from './limits.ts';

export type WhatsAppSend =
  | { type: 'text'; text: string }
  | { type: 'buttons'; body: string; footer?: string; buttons: { id: string; title: string }[] }
  | { type: 'list'; body: string; footer?: string; button: string; section: string; rows: { id: string; title: string }[] }
  | { type: 'cta'; body: string; button: string; url: string };

/** Interface words the renderer needs, in the reply language. */
export interface WhatsAppWords {
  /** The button that opens a list message ("Options"). */
  listButton: string;
  /** The list's section title ("Topics"). */
  listSection: string;
  /** The call-to-action button of a single link ("Open"). */
  openLink: string;
  /** The "not legal advice" notice short enough for an interactive message's footer. */
  legalFooter?: string;
}

/** The answers' Markdown as WhatsApp formatting: *bold*, _italic_, links written out. */
export function markdownToWhatsApp(markdown: string): string {
  return markdown
    .replace(/\*\*([^*\n]+?)\*\*/g, '*$1*')
    .replace(/\[([^\]\n]+)\]\((https:\/\/[^)\s]+)\)/g, '$1: $2');
}

const chars = (s: string) => [...s].length;
const fits = (text: string, max: number) => chars(text) <= max;

export function renderWhatsApp(replies: readonly Reply[], words: WhatsAppWords): WhatsAppSend[] {
  const paragraphs: string[] = [];
  const links: Link[] = [];
  const choices: Choice[] = [];
  let prompt = '';
  let legal: string | undefined;
  for (const reply of replies) {
    switch (reply.kind) {
      case 'text': paragraphs.push(markdownToWhatsApp(reply.text)); break;
      case 'notice':
        if (reply.notice === 'legal') legal = reply.text;
        else paragraphs.push(`_${reply.text}_`);
        break;
      case 'links': links.push(...reply.links); break;
      case 'image': paragraphs.push(`${reply.alt}: ${reply.url}`); break;
      case 'choices':
        prompt = reply.prompt;
        choices.push(...reply.choices);
        break;
    }
  }

  const sends: WhatsAppSend[] = [];
  // One link rides on a button of its own; several are written out in the text.
  const oneLink = links.length === 1 && fits(words.openLink, CTA_BUTTON_MAX_CHARS) ? links[0] : undefined;
  if (!oneLink && links.length) paragraphs.push(links.map((l) => `- ${l.label}: ${l.url}`).join('\n'));

  const interactive = choiceMessage(choices, words);
  // The once-per-conversation notice rides in the buttons' footer, where WhatsApp shows fine print.
  const footer = legal && interactive && interactive !== 'numbered' && words.legalFooter && fits(words.legalFooter, INTERACTIVE_FOOTER_MAX_CHARS) ? words.legalFooter : undefined;
  if (legal && !footer) paragraphs.push(`_${legal}_`);
  if (interactive === 'numbered') paragraphs.push([prompt, ...choices.map((c, i) => `${i + 1}. ${c.label}`)].filter(Boolean).join('\n'));

  const text = paragraphs.join('\n\n');
  // A short answer and its buttons travel as one interactive message, as on a phone they should;
  // the buttons speak for themselves, so the prompt is left out of it.
  const bodyInline = interactive !== 'numbered' && interactive !== undefined && !oneLink && text !== '' && fits(text, INTERACTIVE_BODY_MAX_CHARS);
  if (!bodyInline && text) for (const piece of splitText(text, TEXT_MAX_CHARS)) sends.push({ type: 'text', text: piece });
  if (oneLink) sends.push({ type: 'cta', body: truncateWords(oneLink.label, INTERACTIVE_BODY_MAX_CHARS), button: words.openLink, url: oneLink.url });
  if (interactive && interactive !== 'numbered') {
    const body = bodyInline ? text : prompt || ' ';
    sends.push(interactive === 'buttons'
      ? { type: 'buttons', body, ...(footer && { footer }), buttons: choices.map((c) => ({ id: c.id, title: c.label })) }
      : { type: 'list', body, ...(footer && { footer }), button: words.listButton, section: words.listSection, rows: choices.map((c) => ({ id: c.id, title: c.label })) });
  }
  return sends;
}

/** Which rung of the ladder the choices take. */
function choiceMessage(choices: readonly Choice[], words: WhatsAppWords): 'buttons' | 'list' | 'numbered' | undefined {
  if (choices.length === 0) return undefined;
  if (choices.length <= REPLY_BUTTONS_MAX && choices.every((c) => fits(c.label, REPLY_BUTTON_TITLE_MAX_CHARS))) return 'buttons';
  const listFits = fits(words.listButton, LIST_BUTTON_MAX_CHARS) && fits(words.listSection, LIST_SECTION_TITLE_MAX_CHARS);
  if (listFits && choices.length <= LIST_ROWS_MAX && choices.every((c) => fits(c.label, LIST_ROW_TITLE_MAX_CHARS))) return 'list';
  return 'numbered';
}

/** Shortens at a word boundary, for the one place a label may not fit (a link's description). */
function truncateWords(text: string, max: number): string {
  if (fits(text, max)) return text;
  const cut = [...text].slice(0, max - 1).join('');
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
