import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-moderation-signature';
export const EVENT_ID_HEADER = 'x-moderation-event-id';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. Signing the timestamp with the body lets a
 * receiver reject replays: verify the HMAC, then that `t` is recent.
 */
export function signPayload(secret: string, rawBody: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${rawBody}`, 'utf8').digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** What a receiver runs: true when the signature is ours and no older than `toleranceSeconds`. */
export function verifySignature(secret: string, rawBody: string, header: string, options: { nowSeconds: number; toleranceSeconds?: number }): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const given = parts.get('v1');
  if (!Number.isInteger(t) || given === undefined || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Math.abs(options.nowSeconds - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`, 'utf8').digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}
