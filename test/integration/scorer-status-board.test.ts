import { Redis } from 'ioredis';
import { ScorerStatusBoard } from '../../src/scoring/scorer-status-board';
import { testRedisUrl } from '../support/redis-server';
import { uniquePrefix } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

/** Several workers publish scorer health; each one's view is kept apart and the stats show the worst. */
describe('The scorer status board with two workers on real Redis', () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  afterAll(() => {
    redis.disconnect();
  });

  const at = (iso: string): Date => new Date(iso);
  const down = {
    name: 'perspective',
    state: 'down' as const,
    lastFailure: { kind: 'unavailable' as const, message: 'perspective answered 503', at: '2026-12-02T07:00:00.000Z' },
    downSince: '2026-12-02T07:00:00.000Z',
    reprobeAt: '2026-12-02T07:05:00.000Z',
  };

  it('When one worker sees a scorer down and another, publishing later, sees it up, then it shows down, naming the worker', async () => {
    const prefix = uniquePrefix();
    const a = new ScorerStatusBoard({ redis, keyPrefix: prefix, worker: 'worker-a' });
    const b = new ScorerStatusBoard({ redis, keyPrefix: prefix, worker: 'worker-b' });
    await a.publish([down, { name: 'local', state: 'up' }], at('2026-12-02T07:01:00.000Z'));
    // The later report must not overwrite the earlier one's view.
    await b.publish([{ name: 'perspective', state: 'up' }, { name: 'local', state: 'up' }], at('2026-12-02T07:01:01.000Z'));

    const read = await b.read();
    expect(read.map((s) => [s.name, s.state])).toEqual([['local', 'up'], ['perspective', 'down']]);
    const perspective = read.find((s) => s.name === 'perspective');
    expect(perspective).toMatchObject({ state: 'down', lastFailure: down.lastFailure, downSince: down.downSince, reportedAt: '2026-12-02T07:01:01.000Z' });
    expect(perspective?.workers).toEqual([
      { worker: 'worker-a', state: 'down', reportedAt: '2026-12-02T07:01:00.000Z' },
      { worker: 'worker-b', state: 'up', reportedAt: '2026-12-02T07:01:01.000Z' },
    ]);
  });

  it('When a worker stops reporting, then its view expires and no longer counts; a worker that shuts down withdraws at once', async () => {
    const prefix = uniquePrefix();
    const stopped = new ScorerStatusBoard({ redis, keyPrefix: prefix, worker: 'worker-killed', ttlMs: 2000 });
    const running = new ScorerStatusBoard({ redis, keyPrefix: prefix, worker: 'worker-running', ttlMs: 60_000 });
    await stopped.publish([down], new Date());
    await running.publish([{ name: 'perspective', state: 'up' }], new Date());
    expect((await running.read())[0]?.state).toBe('down');

    // worker-killed publishes no more: after its TTL the scorer is up again as the live worker sees it. (The TTL
    // is long enough that a loaded machine still reads the first view before it expires: 300 ms once was not.)
    const after = await waitFor(async () => {
      const [status] = await running.read();
      return status?.workers.length === 1 ? status : undefined;
    }, { what: "the stopped worker's report to expire" });
    expect(after).toMatchObject({ state: 'up', workers: [{ worker: 'worker-running', state: 'up' }] });

    await running.withdraw();
    expect(await running.read()).toEqual([]);
  });
});
