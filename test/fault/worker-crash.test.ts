import { startPerspectiveFake, type PerspectiveFake } from '../fakes/perspective-fake';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { killAllServiceProcesses, startApiProcess, startWorkerProcess, type ApiProcess, type ServiceProcess } from '../support/processes';
import { waitFor } from '../support/wait-for';
import { decidedCount, pool, postComment, queueStats, trailsNotDecidedOnce, waitUntilAllDecided, type PostResult } from './fault-client';

const BURST = 1000;
// BullMQ gives a dead worker's jobs back once their lock has expired (WORKER_LOCK_DURATION_MS, 10 s by default)
// and a stalled check (WORKER_STALLED_INTERVAL_MS, every 5 s) has found it: about 10–15 s after the kill. The
// timeout leaves room for a slow machine, not for BullMQ's own 30 s defaults, which the service does not use.
const RECOVERY_TIMEOUT_MS = 150_000;
/**
 * Scoring goes through the Perspective fake, answering after SCORING_LATENCY_MS: a job of comments stays active
 * long enough that the kill always catches some (with the local scorer alone a job lasts a millisecond or two,
 * and the kill could land between jobs and test nothing).
 */
const SCORING_LATENCY_MS = 100;

describe('When a worker is killed with -9 in the middle of a burst', () => {
  let redis: RedisServerHandle;
  let api: ApiProcess;
  let doomed: ServiceProcess;
  let perspective: PerspectiveFake;
  let env: Record<string, string>;
  const keyPrefix = 'fwk';

  beforeAll(async () => {
    redis = await startRedisServer();
    perspective = await startPerspectiveFake();
    perspective.setMode({ latencyMs: SCORING_LATENCY_MS });
    env = { SCORERS: 'perspective,local', PERSPECTIVE_URL: perspective.url, PERSPECTIVE_API_KEY: 'test-key', PERSPECTIVE_QPS: '10000', PERSPECTIVE_TIMEOUT_MS: '5000' };
    api = await startApiProcess({ redisUrl: redis.url, keyPrefix });
    doomed = await startWorkerProcess({ redisUrl: redis.url, keyPrefix, env });
  }, 60_000);

  afterAll(async () => {
    await killAllServiceProcesses();
    await perspective?.close();
    await redis?.stop();
  });

  it(`then every one of ${BURST} comments is decided exactly once`, async () => {
    const startedAt = Date.now();
    const burst: Promise<PostResult[]> = pool(BURST, 32, (i) => postComment(api.baseUrl, i));

    // Kill it while it holds jobs: some comments decided, others still being worked on.
    const atKill = await waitFor(
      async () => {
        const stats = await queueStats(api.baseUrl);
        return decidedCount(stats) >= 200 && stats.queue.active > 0 ? stats : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 10, what: 'the worker to be busy in the middle of the burst' },
    );
    await doomed.kill9();
    const killedAt = Date.now();
    const orphaned = (await queueStats(api.baseUrl)).queue.active;

    const replacement = await startWorkerProcess({ redisUrl: redis.url, keyPrefix, env });
    const results = await burst;
    const accepted = results.flatMap((r) => (r.status === 202 && 'id' in r && r.id !== undefined ? [r.id] : []));
    expect(results.filter((r) => r.status !== 202)).toEqual([]);
    expect(accepted).toHaveLength(BURST);
    expect(decidedCount(atKill)).toBeLessThan(BURST);
    // The dead worker held jobs: the test covers BullMQ's hand-over of stalled jobs, not only new ones.
    expect(orphaned).toBeGreaterThan(0);

    const final = await waitUntilAllDecided(api.baseUrl, { timeoutMs: RECOVERY_TIMEOUT_MS, what: 'every comment to be decided after the kill' });
    console.log(
      `worker kill -9: killed after ${decidedCount(atKill)} decided with ${orphaned} job(s) left active by the dead worker; ` +
        `all ${BURST} decided ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill (${((Date.now() - startedAt) / 1000).toFixed(1)} s in all)`,
    );
    expect(decidedCount(final)).toBe(BURST);
    expect(final.queue.failed).toBe(0);
    expect(await trailsNotDecidedOnce(api.baseUrl, accepted)).toEqual([]);
    expect(replacement.exited()).toBe(false);
    expect(api.exited()).toBe(false);
  }, RECOVERY_TIMEOUT_MS + 60_000);
});
