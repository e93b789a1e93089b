import { keywordScoring } from '../support/keyword-scorer';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';

describe('intake protection: rate limits, CORS, security headers', () => {
  let service: ServiceHarness;
  let second: ServiceHarness;

  beforeAll(async () => {
    const env = { INTAKE_RATE_LIMIT_PER_AUTHOR: '2', INTAKE_RATE_LIMIT_PER_KEY: '6', CORS_ORIGINS: 'https://www.example.ch' };
    service = await startService({ worker: false, env, overrides: { scoring: keywordScoring() } });
    // A second API process on the same Redis and prefix: limits are shared, not per process.
    second = await startService({ worker: false, config: service.config });
  });
  afterAll(async () => {
    await second.close();
    await service.close();
  });

  const post = (target: ServiceHarness, author: string) =>
    target.request<{ error?: { code: string } }>('POST', '/v1/comments', { key: DEV_KEYS.intake, json: { articleId: 'a', text: 'Hallo', author: { id: author } } });

  it('When one author posts too often, across API processes, then 429 with Retry-After; other authors go on until the key limit', async () => {
    expect((await post(service, 'alice')).status).toBe(202);
    expect((await post(second, 'alice')).status).toBe(202);
    const third = await post(service, 'alice');
    expect(third.status).toBe(429);
    expect(third.body.error?.code).toBe('rate_limited');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    // The id is stored trimmed, so white space around it is the same author, not a way around the limit.
    expect((await post(second, ' alice ')).status).toBe(429);

    expect((await post(second, 'bob')).status).toBe(202);
    expect((await post(service, 'carol')).status).toBe(202);
    // Six requests passed the key limiter so far (the 429s for alice counted too).
    const overKey = await post(second, 'dave');
    expect(overKey.status).toBe(429);
  });

  it('When a browser widget preflights from an allowed origin, then CORS allows it; other origins get no CORS headers', async () => {
    const allowed = await fetch(`${service.baseUrl}/v1/comments`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.example.ch', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.example.ch');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');

    const other = await fetch(`${service.baseUrl}/v1/comments`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('When any response is sent, then it carries security headers and no X-Powered-By', async () => {
    const response = await service.request('GET', '/healthz', { key: null });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Written straight to Node's response: still a sized UTF-8 JSON body, not a chunked one.
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(JSON.stringify(response.body))));
    expect(response.headers.get('transfer-encoding')).toBeNull();
  });
});
