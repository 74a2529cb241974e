/**
 * The core's replies as paragraphs of Markdown plus the choices to offer, the shape most
 * platforms send: text first, buttons under the last message. Each platform says how it writes
 * notices and links.
 */
import type { Choice, Link, Reply } from '../../src/types.ts';

export interface Flattened {
  paragraphs: string[];
  choices: Choice[];
}

export interface Style {
  notice(text: string): string;
  links(links: readonly Link[]): string;
}

export function flatten(replies: readonly Reply[], style: Style): Flattened {
  const paragraphs: string[] = [];
  const choices: Choice[] = [];
  for (const reply of replies) {
    switch (reply.kind) {
      case 'text': paragraphs.push(reply.text); break;
      case 'notice': paragraphs.push(style.notice(reply.text)); break;
      case 'links': paragraphs.push(style.links(reply.links)); break;
      case 'image': paragraphs.push(style.links([{ label: reply.alt, url: reply.url }])); break;
      case 'choices':
        paragraphs.push(reply.prompt);
        choices.push(...reply.choices);
        break;
    }
  }
  return { paragraphs, choices };
}
