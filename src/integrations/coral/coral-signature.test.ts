import { createHmac } from 'node:crypto';
import { signCoralBody, verifyCoralSignature } from './coral-signature';

const body = Buffer.from('{\n  "action": "NEW"\n}');
const hmac = (secret: string) => createHmac('sha256', secret).update(body).digest('hex');

describe('X-Coral-Signature', () => {
  it('When Coral signs with one secret, then the header is sha256=<hex HMAC-SHA256 of the raw body> and verifies', () => {
    expect(signCoralBody(body, ['s1-0123456789abcdef'])).toBe(`sha256=${hmac('s1-0123456789abcdef')}`);
    expect(verifyCoralSignature(body, `sha256=${hmac('s1-0123456789abcdef')}`, ['s1-0123456789abcdef'])).toBe(true);
  });

  it('When the header has several comma-separated values, then one matching value of any configured secret is enough', () => {
    const header = `sha256=${hmac('old-0123456789abcdef')}, sha256=${hmac('new-0123456789abcdef')}`;
    expect(verifyCoralSignature(body, header, ['new-0123456789abcdef'])).toBe(true);
    expect(verifyCoralSignature(body, header, ['other-0123456789abc', 'old-0123456789abcdef'])).toBe(true);
    expect(verifyCoralSignature(body, header, ['other-0123456789abc'])).toBe(false);
  });

  it('When the header is missing, malformed, uses another scheme or signs other bytes, then it does not verify', () => {
    const secrets = ['s1-0123456789abcdef'];
    for (const header of [undefined, '', 'sha256=', `sha1=${hmac(secrets[0] as string)}`, `sha256=${hmac(secrets[0] as string).slice(2)}`, 'sha256=zz']) {
      expect(verifyCoralSignature(body, header, secrets)).toBe(false);
    }
    expect(verifyCoralSignature(Buffer.from(`${body.toString()} `), `sha256=${hmac(secrets[0] as string)}`, secrets)).toBe(false);
    expect(verifyCoralSignature(body, `sha256=${hmac(secrets[0] as string)}`, [])).toBe(false);
  });
});
