/** What a valid Reply[] is, checked strictly in tests. */
import { z } from 'zod';

const actionId = z.string().min(1).refine((id) => Buffer.byteLength(id) <= 64, 'action ids fit Telegram\'s 64-byte limit').refine((id) => /^[\x21-\x7e]+$/.test(id), 'action ids are printable ASCII');
export const replySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string().min(1) }),
  z.strictObject({ kind: z.literal('choices'), prompt: z.string().min(1), choices: z.array(z.strictObject({ id: actionId, label: z.string().min(1) })).min(1) }),
  z.strictObject({ kind: z.literal('links'), links: z.array(z.strictObject({ label: z.string().min(1), url: z.string().startsWith('https://') })).min(1) }),
  z.strictObject({ kind: z.literal('image'), url: z.string().startsWith('https://'), alt: z.string().min(1) }),
  z.strictObject({ kind: z.literal('notice'), notice: z.string(), text: z.string().min(1) }),
]);
export const repliesSchema = z.array(replySchema);
