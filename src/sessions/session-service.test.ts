import { loadConfig } from '../../config';
import { ForbiddenError, UnauthorizedError } from '../errors/app-errors';
import { ApiKeyAuthenticator } from '../http/auth';
import { InMemorySessionStore } from './session-store';
import { SessionService } from './session-service';

function service(clock: { nowMs: number }): SessionService {
  const config = loadConfig({ NODE_ENV: 'test' });
  return new SessionService({
    store: new InMemorySessionStore(() => clock.nowMs),
    authenticator: new ApiKeyAuthenticator(config.apiKeys),
    ttlMs: 60_000,
    cookieSecure: true,
  });
}

const cookieOf = (setCookie: string): string => setCookie.split(';')[0] ?? '';

describe('console sessions', () => {
  it('When a session is used within its TTL, then it slides; when idle longer, then it is a 401', async () => {
    const clock = { nowMs: 0 };
    const sessions = service(clock);
    const { cookie } = await sessions.signIn('dev-moderator-key');
    expect(cookie).toMatch(/; Secure/);
    clock.nowMs = 50_000;
    await expect(sessions.authenticate({ cookieHeader: cookieOf(cookie), method: 'GET', csrfToken: undefined })).resolves.toEqual({ role: 'moderator', name: 'dev-moderator' });
    clock.nowMs = 100_000;
    await expect(sessions.authenticate({ cookieHeader: cookieOf(cookie), method: 'GET', csrfToken: undefined })).resolves.not.toBeNull();
    clock.nowMs = 170_000;
    await expect(sessions.authenticate({ cookieHeader: cookieOf(cookie), method: 'GET', csrfToken: undefined })).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('When a state-changing request lacks the token, then 403 unless it is proven same-origin', async () => {
    const sessions = service({ nowMs: 0 });
    const { cookie, view } = await sessions.signIn('dev-dashboard-key');
    const cookieHeader = cookieOf(cookie);
    await expect(sessions.authenticate({ cookieHeader, method: 'POST', csrfToken: undefined })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sessions.authenticate({ cookieHeader, method: 'DELETE', csrfToken: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sessions.authenticate({ cookieHeader, method: 'POST', csrfToken: view.csrfToken })).resolves.toMatchObject({ role: 'dashboard' });
    await expect(sessions.authenticate({ cookieHeader, method: 'PUT', csrfToken: undefined, sameOrigin: true })).resolves.toMatchObject({ role: 'dashboard' });
  });

  it('When there is no session cookie, then authenticate gives null (the Bearer check decides)', async () => {
    const sessions = service({ nowMs: 0 });
    await expect(sessions.authenticate({ cookieHeader: 'other=1', method: 'GET', csrfToken: undefined })).resolves.toBeNull();
    await expect(sessions.authenticate({ cookieHeader: undefined, method: 'POST', csrfToken: undefined })).resolves.toBeNull();
  });

  it('When an intake or analyze key signs in, then 403', async () => {
    const sessions = service({ nowMs: 0 });
    await expect(sessions.signIn('dev-intake-key')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sessions.signIn('dev-analyze-key')).rejects.toBeInstanceOf(ForbiddenError);
  });
});
