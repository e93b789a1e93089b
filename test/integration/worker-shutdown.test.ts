import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import type { CommentStore } from '../../src/comments/comment-store';
import type { ModerateOutcome } from '../../src/moderation/moderation-service';
import { BullModerationQueue } from '../../src/queue/moderation-queue';
import { startModerationWorker, type ModerationWorker } from '../../src/queue/moderation-consumer';
import { RedisLease } from '../../src/redis/lease';
import { uniquePrefix } from '../support/service-harness';
import { testRedisUrl } from '../support/redis-server';

/**
 * A worker's shutdown waits for running jobs up to its timeout (SHUTDOWN_TIMEOUT_MS), then lets them go:
 * their locks expire and another worker takes them. Real Redis and BullMQ; the moderation is a stand-in
 * whose jobs finish when the test says.
 */
describe('Moderation worker shutdown on real Redis', () => {
  const url = testRedisUrl();
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const closers: (() => Promise<unknown>)[] = [];

  afterAll(async () => {
    for (const close of closers) await close();
    redis.disconnect();
  });

  /** A worker whose every job runs until `finish()` is called; `started` resolves when the first job runs. */
  function setUp(): { worker: ModerationWorker; queue: BullModerationQueue; jobs: Queue; started: Promise<void>; finish: () => void } {
    const prefix = uniquePrefix();
    const queue = new BullModerationQueue({ connection: redis, name: 'moderation', prefix, attempts: 3, backoffMs: 100, keepCompleted: 10, keepFailed: 10, maxCommentsPerJob: 16 });
    const jobs = new Queue('moderation', { connection: redis, prefix });
    let markStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const worker = startModerationWorker({
      connection: redis,
      queueName: 'moderation',
      prefix,
      concurrency: 1,
      lockDurationMs: 10_000,
      stalledIntervalMs: 5000,
      moderation: {
        moderateMany: async (ids): Promise<ModerateOutcome[]> => {
          markStarted();
          await finished;
          return ids.map(() => ({ kind: 'missing' }));
        },
      },
      store: {} as CommentStore, // the sweep never runs here (interval below)
      queue,
      logger: pino({ level: 'silent' }),
      now: () => new Date(),
      sweep: { intervalMs: 3_600_000, reenqueueAfterMs: 3_600_000, lease: new RedisLease({ redis, key: `${prefix}:sweep:lease`, ttlMs: 30_000 }) },
    });
    closers.push(() => worker.close(0), () => queue.close(), () => jobs.close());
    return { worker, queue, jobs, started, finish };
  }

  it('When a job outlasts the shutdown timeout, then close returns without it and the job is left to be taken over', async () => {
    const { worker, queue, jobs, started, finish } = setUp();
    await queue.add([{ jobId: 'slow', commentIds: ['slow'] }]);
    await started;
    // The job only finishes after close has returned: a close that waited for it would never return.
    await worker.close(200);
    finish();
    expect(await (await jobs.getJob('slow'))?.getState()).toBe('active');
  });

  it('When running jobs finish within the timeout, then close waits for them', async () => {
    const { worker, queue, jobs, started, finish } = setUp();
    await queue.add([{ jobId: 'quick', commentIds: ['quick'] }]);
    await started;
    const closed = worker.close(10_000);
    finish();
    await closed;
    expect(await (await jobs.getJob('quick'))?.getState()).toBe('completed');
  });
});
