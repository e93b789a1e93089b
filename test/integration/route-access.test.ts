import { ROLES, type Role } from '../../config';
import { routes } from '../../src/http/routes';
import type { Route } from '../../src/http/route';
import { DEV_KEYS, startService, type ServiceHarness } from '../support/service-harness';

/** The route table with stand-in services: only paths, methods and access matter here. */
function routeTable(): Route[] {
  const never = new Proxy({}, { get: () => () => Promise.reject(new Error('not called')) });
  return routes({ comments: never as never, review: never as never, stats: never as never, wordLists: never as never, ping: async () => undefined });
}

function concretePath(path: string): string {
  return path.replace(':id', 'no-such-comment').replace(':list', 'blocked');
}

describe('every route with every role, a wrong key and no key', () => {
  let service: ServiceHarness;
  beforeAll(async () => {
    service = await startService({ worker: false });
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
    } else if (who === 'none' || who === 'wrong') {
      expect(response.status).toBe(401);
    } else if (!route.access.includes(who)) {
      expect(response.status).toBe(403);
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
  });
});
