import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Coral Talk signs each webhook and external-moderation request with every active signing secret:
 * `X-Coral-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>[,sha256=<hex>…]` (several while a secret is
 * rotated). A request is genuine when any value matches any of our secrets.
 */
export const CORAL_SIGNATURE_HEADER = 'x-coral-signature';

/** The header value Coral would send for `body` signed with `secrets` (tests and documentation). */
export function signCoralBody(body: Buffer | string, secrets: readonly string[]): string {
  return secrets.map((secret) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`).join(',');
}

/** True when one of the header's `sha256=` values is the HMAC of `body` under one of `secrets` (constant time). */
export function verifyCoralSignature(body: Buffer, header: string | undefined, secrets: readonly string[]): boolean {
  if (header === undefined || secrets.length === 0) return false;
  const presented = header
    .split(',')
    .map((part) => /^\s*sha256=([0-9a-fA-F]{64})\s*$/.exec(part)?.[1])
    .filter((hex): hex is string => hex !== undefined)
    .map((hex) => Buffer.from(hex, 'hex'));
  // Coral sends one value per active secret; more than a handful is not Coral.
  if (presented.length === 0 || presented.length > 10) return false;
  let valid = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret).update(body).digest();
    // Every pair is compared (no early exit), so timing tells nothing about which one matched.
    for (const value of presented) if (timingSafeEqual(value, expected)) valid = true;
  }
  return valid;
}
