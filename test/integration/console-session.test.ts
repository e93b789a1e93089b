import { startService, type ServiceHarness } from '../support/service-harness';

type SessionBody = { role: string; name: string; csrfToken: string };
type ErrorBody = { error: { code: string; message: string } };

describe('console sessions (cookie + CSRF token) beside Bearer keys', () => {
  let service: ServiceHarness;

  beforeAll(async () => {
    service = await startService({ worker: false });
  });
  afterAll(async () => {
    await service.close();
  });

  async function signIn(apiKey: string): Promise<{ cookie: string; setCookie: string; body: SessionBody }> {
    const response = await service.request<SessionBody>('POST', '/v1/console/session', { key: null, json: { apiKey } });
    expect(response.status).toBe(201);
    const setCookie = response.headers.get('set-cookie') ?? '';
    return { cookie: setCookie.split(';')[0] ?? '', setCookie, body: response.body };
  }

  it('When a moderator key signs in, then the cookie is HttpOnly and SameSite=Strict and the key is not in it', async () => {
    const { setCookie, body } = await signIn('dev-moderator-key');
    expect(body).toMatchObject({ role: 'moderator', name: 'dev-moderator' });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(setCookie).toMatch(/^moderation_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    // A browser-session cookie: the server's sliding expiry decides how long the session lasts.
    expect(setCookie).not.toMatch(/Max-Age|Expires/i);
    expect(setCookie).not.toContain('dev-moderator-key');
  });

  it('When a session reads and writes, then reads need the cookie only and writes also need the CSRF token', async () => {
    const { cookie, body } = await signIn('dev-moderator-key');
    const list = await service.request('GET', '/v1/review/comments', { key: null, headers: { cookie } });
    expect(list.status).toBe(200);

    const withoutToken = await service.request<ErrorBody>('POST', '/v1/word-lists/watched/terms', { key: null, headers: { cookie }, json: { term: 'csrfprobe' } });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.error.message).toMatch(/x-csrf-token/);
    const wrongToken = await service.request('POST', '/v1/word-lists/watched/terms', { key: null, headers: { cookie, 'x-csrf-token': `${body.csrfToken.slice(1)}x` }, json: { term: 'csrfprobe' } });
    expect(wrongToken.status).toBe(403);

    const withToken = await service.request('POST', '/v1/word-lists/watched/terms', { key: null, headers: { cookie, 'x-csrf-token': body.csrfToken }, json: { term: 'csrfprobe' } });
    expect(withToken.status).toBe(201);
  });

  it('When a dashboard session calls the review API, then it is refused (403) and the stats answer', async () => {
    const { cookie } = await signIn('dev-dashboard-key');
    expect((await service.request('GET', '/v1/review/comments', { key: null, headers: { cookie } })).status).toBe(403);
    expect((await service.request('GET', '/v1/queue/stats', { key: null, headers: { cookie } })).status).toBe(200);
  });

  it('When intake or unknown keys try to sign in, then 403 / 401; a malformed body is a 400 naming the field', async () => {
    const intake = await service.request<ErrorBody>('POST', '/v1/console/session', { key: null, json: { apiKey: 'dev-intake-key' } });
    expect(intake.status).toBe(403);
    expect(intake.body.error.message).toMatch(/moderator and dashboard keys/);
    expect((await service.request('POST', '/v1/console/session', { key: null, json: { apiKey: 'not-a-key-at-all' } })).status).toBe(401);
    const malformed = await service.request<ErrorBody>('POST', '/v1/console/session', { key: null, json: { key: 'dev-moderator-key' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/apiKey/);
  });

  it('When a session signs out, then its cookie no longer works, even if replayed', async () => {
    const { cookie, body } = await signIn('dev-moderator-key');
    const out = await service.request('DELETE', '/v1/console/session', { key: null, headers: { cookie, 'x-csrf-token': body.csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/moderation_session=;.*Max-Age=0/);
    const replay = await service.request<ErrorBody>('GET', '/v1/review/comments', { key: null, headers: { cookie } });
    expect(replay.status).toBe(401);
    expect(replay.body.error.message).toMatch(/sign in again/);
    expect((await service.request('GET', '/v1/console/session', { key: null, headers: { cookie } })).status).toBe(401);
  });

  it('When a browser signs in again, then its previous session ends', async () => {
    const first = await signIn('dev-moderator-key');
    const again = await service.request('POST', '/v1/console/session', { key: null, headers: { cookie: first.cookie }, json: { apiKey: 'dev-dashboard-key' } });
    expect(again.status).toBe(201);
    expect((await service.request('GET', '/v1/console/session', { key: null, headers: { cookie: first.cookie } })).status).toBe(401);
    const second = (again.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await service.request<SessionBody>('GET', '/v1/console/session', { key: null, headers: { cookie: second } })).body.role).toBe('dashboard');
  });

  it('When a Bearer key is sent, then it works as before, with or without a cookie', async () => {
    expect((await service.request('GET', '/v1/review/comments')).status).toBe(200);
    expect((await service.request('GET', '/v1/review/comments', { headers: { cookie: 'moderation_session=forged' } })).status).toBe(200);
    expect((await service.request('GET', '/v1/review/comments', { key: null })).status).toBe(401);
  });

  it('When /ui is opened, then the page and its bundle are served under a CSP that allows only our own scripts', async () => {
    const page = await fetch(`${service.baseUrl}/ui`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('/ui/assets/console.js');
    const bundle = await fetch(`${service.baseUrl}/ui/assets/console.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${service.baseUrl}/ui/assets/nothing.js`)).status).toBe(404);
  });
});

describe('console sign-in limits', () => {
  let service: ServiceHarness;

  beforeAll(async () => {
    service = await startService({ worker: false, env: { SIGN_IN_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await service.close();
  });

  it('When one address keeps trying keys, then it gets 429 with Retry-After after SIGN_IN_RATE_LIMIT attempts', async () => {
    const attempt = () => service.request<ErrorBody>('POST', '/v1/console/session', { key: null, json: { apiKey: 'guessing-0123456789' } });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.error.message).toMatch(/sign-in attempts/);
  });
});
