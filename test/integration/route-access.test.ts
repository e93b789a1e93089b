import { ROLES, type Role } from '../../src/domain';
import { routes } from '../../src/http/routes';
import type { Route } from '../../src/http/route';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';

/** The route table with stand-in services: only paths, methods and access matter here. */
function routeTable(): Route[] {
  const never = new Proxy({}, { get: () => () => Promise.reject(new Error('not called')) });
  return routes({
    comments: never as never,
    review: never as never,
    reports: never as never,
    stats: never as never,
    wordLists: never as never,
    articlePolicies: never as never,
    perspective: never as never,
    coral: never as never,
    shadowReport: never as never,
    calibration: never as never,
    ping: async () => undefined,
  });
}

function concretePath(path: string): string {
  return path.replace(':id', 'no-such-comment').replace(':list', 'blocked').replace(':reportId', 'no-such-report').replace(':articleId', 'no-such-article');
}

describe('every route with every role, a wrong key and no key', () => {
  let service: ServiceHarness;
  beforeAll(async () => {
    // Every route on: the Perspective-compatible API and Coral's phase (which authenticates by signature).
    service = await startService({ worker: false, env: { PERSPECTIVE_API: 'on', CORAL_SIGNING_SECRETS: 'coral-secret-for-route-access' } });
  });
  afterAll(async () => {
    await service.close();
  });

  const table = routeTable();
  const cases = table.flatMap((route) => [
    ...ROLES.map((role) => ({ route, who: role as Role | 'none' | 'wrong' })),
    { route, who: 'none' as const },
    { route, who: 'wrong' as const },
  ]);

  it.each(cases.map((c) => [`${c.route.method.toUpperCase()} ${c.route.path} as ${c.who}`, c] as const))('%s', async (_name, { route, who }) => {
    const key = who === 'none' ? null : who === 'wrong' ? 'not-a-key-at-all-123' : DEV_KEYS[who];
    const response = await service.request(route.method.toUpperCase(), concretePath(route.path), {
      key,
      ...(route.method === 'post' ? { json: {} } : {}),
    });
    if (route.access === 'public') {
      expect([200, 503]).toContain(response.status);
    } else if (route.access === 'signature') {
      // No key opens it: only a valid signature over the body (none here).
      expect(response.status).toBe(401);
    } else if (who === 'none' || who === 'wrong') {
      // Perspective's routes answer a bad or missing key as Perspective does: 400 API_KEY_INVALID.
      if (route.perspective === true) {
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).toContain('API_KEY_INVALID');
      } else {
        expect(response.status).toBe(401);
      }
    } else if (!route.access.includes(who)) {
      expect(response.status).toBe(403);
      if (route.perspective === true) expect(response.body).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
    } else {
      // Allowed: the request gets past access control (then fails on the empty body or unknown id, or succeeds).
      expect([200, 204, 400, 404]).toContain(response.status);
    }
  });

  it('When the table is walked, then every non-public route names its roles', () => {
    for (const route of table) {
      if (route.access !== 'public') expect(route.access.length).toBeGreaterThan(0);
    }
    expect(table.filter((r) => r.access === 'public').map((r) => r.path).sort()).toEqual(['/healthz', '/readyz']);
    expect(table.filter((r) => r.access === 'signature').map((r) => r.path)).toEqual(['/v1/integrations/coral/moderation']);
  });

  it.each(table.filter((r) => r.perspective === true).map((r) => [r.path, r] as const))('When %s gets its key as ?key=, then the key is checked like a bearer key', async (_path, route) => {
    const as = async (key: string) => (await service.request('POST', `${route.path}?key=${key}`, { key: null, json: {} })).status;
    expect(await as(DEV_KEYS.analyze)).toBe(400); // past access control, refused for the empty body
    expect(await as(DEV_KEYS.moderator)).toBe(403);
    expect(await as('not-a-key-at-all-123')).toBe(400);
  });
});
