/**
 * Renders replies as plain text: the terminal chat, the batch interface, and the last rung of
 * every platform's ladder. Choices become numbered options, so typing the number works anywhere.
 */
import type { Reply } from '../../src/types.ts';

/** Markdown subset → plain text: **bold** and _italic_ lose their marks, [label](url) keeps both. */
export function markdownToPlain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/(^|[\s(])_(.+?)_(?=$|[\s).,;:!?])/gms, '$1$2')
    .replace(/\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g, '$1 ($2)');
}

export function renderPlain(replies: readonly Reply[]): string {
  return replies.map(renderOne).join('\n\n');
}

function renderOne(reply: Reply): string {
  switch (reply.kind) {
    case 'text': return markdownToPlain(reply.text);
    case 'notice': return `(${reply.text})`;
    case 'choices': return [reply.prompt, ...reply.choices.map((c, i) => `  ${i + 1}. ${c.label}`)].join('\n');
    case 'links': return reply.links.map((l) => `- ${l.label}: ${l.url}`).join('\n');
    case 'image': return `[${reply.alt}] ${reply.url}`;
  }
}

/** The labels of every button offered, in order. */
export function buttonLabels(replies: readonly Reply[]): string[] {
  return replies.flatMap((r) => (r.kind === 'choices' ? r.choices.map((c) => c.label) : []));
}
