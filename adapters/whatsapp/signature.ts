/**
 * Meta signs every webhook with HMAC-SHA256 of the raw body and the app secret, in the header
 * X-Hub-Signature-256: sha256=<hex>. Compared in constant time, on the raw bytes, before any parsing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function validSignature(rawBody: Buffer, header: string | string[] | undefined, appSecret: string): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value?.startsWith('sha256=')) return false;
  const given = Buffer.from(value.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The same signature, for tests and tools that play Meta. */
export function sign(rawBody: string | Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** Constant-time comparison of two strings (the verify token). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
