import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a receiver learns from a `Concierge-Signature` header: only `valid` means the body is ours and fresh. */
export type WebhookVerdict = 'valid' | 'malformed' | 'stale' | 'mismatch';

const HEADER = /^t=(\d{1,15}),v1=([0-9a-f]{64})$/;

const digest = (secret: string, timestamp: number, body: string | Uint8Array): Buffer =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();

/**
 * The `Concierge-Signature` header value for a body sent at `timestamp` (unix seconds):
 * `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>" under the secret>`.
 */
export function signWebhook(secret: string, timestamp: number, body: string | Uint8Array): string {
  return `t=${timestamp},v1=${digest(secret, timestamp, body).toString('hex')}`;
}

/**
 * Checks a `Concierge-Signature` header against the raw body as received (before any JSON
 * parsing). `now` is unix seconds; a timestamp further than `toleranceSeconds` from it either
 * way is `stale`, so a captured request cannot be replayed later.
 */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  body: string | Uint8Array,
  now: number,
  toleranceSeconds = 300,
): WebhookVerdict {
  const match = HEADER.exec(header ?? '');
  if (!match) return 'malformed';
  const [, timestampText = '', signatureHex = ''] = match;
  const timestamp = Number(timestampText);
  if (Math.abs(now - timestamp) > toleranceSeconds) return 'stale';
  return timingSafeEqual(digest(secret, timestamp, body), Buffer.from(signatureHex, 'hex')) ? 'valid' : 'mismatch';
}
