/**
 * Session keys are a keyed hash (HMAC-SHA256) of platform, chat and person, so that neither the
 * store nor its backups ever hold a phone number or a user id, and nobody without the secret can
 * tell whose conversation a key belongs to.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Inbound } from '../types.ts';

export type KeyFn = (inbound: Pick<Inbound, 'platform' | 'conversationId' | 'userId'>) => string;

/**
 * @param secret at least 32 bytes; instances that share a store must share it. Without one a
 * random per-process secret is used, which is right for a single instance.
 */
export function sessionKeyer(secret: string | Buffer = randomBytes(32)): KeyFn {
  if (secret.length < 16) throw new Error('the session secret must be at least 16 characters long');
  return ({ platform, conversationId, userId }) =>
    createHmac('sha256', secret)
      .update(`${platform}\u0000${conversationId}\u0000${userId}`)
      .digest('base64url');
}
