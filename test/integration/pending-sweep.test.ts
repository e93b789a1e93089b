import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { BullModerationQueue, type PlannedJob } from '../../src/queue/moderation-queue';
import { sweepPendingOnce, sweepPendingUnderLease } from '../../src/queue/pending-sweep';
import { RedisLease } from '../../src/redis/lease';
import { newComment } from '../support/new-comment';
import { uniquePrefix } from '../support/service-harness';
import { waitFor } from '../support/wait-for';
import { testRedisUrl } from '../support/redis-server';

/**
 * The pending sweep gives a job to every comment that is pending without one, and leaves alone those whose
 * job is still live (a backlog). Real Redis, real BullMQ; no worker runs unless a test starts one.
 */
describe('The pending sweep on real Redis', () => {
  const url = testRedisUrl();
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const prefix = uniquePrefix();
  const store = new RedisCommentStore({ redis: connection, keyPrefix: prefix });
  const queue = new BullModerationQueue({ connection, name: 'moderation', prefix: `${prefix}:bull`, attempts: 1, backoffMs: 10, keepCompleted: 100, keepFailed: 100, maxCommentsPerJob: 16 });
  const logger = pino({ level: 'silent' });
  const sweep = (): Promise<number> => sweepPendingOnce({ store, queue, logger, now: () => new Date(Date.now() + 60_000), reenqueueAfterMs: 1000, limit: 500 });

  afterAll(async () => {
    await queue.close();
    connection.disconnect();
  });

  const comment = newComment;

  /** Hands comments over as the relay does: recorded with their job, then added. */
  async function handOver(jobs: PlannedJob[]): Promise<void> {
    await store.assignJobs(jobs);
    await queue.add(jobs);
  }

  /** Runs the queue's current jobs through a worker that fails the given jobs and completes the rest. */
  async function finishJobs(failing: string[], count: number): Promise<void> {
    const worker = new Worker('moderation', async (job) => {
      if (failing.includes(job.id ?? '')) throw new Error('scorer down');
      return { decided: 0, alreadyDecided: 0, missing: 0 };
    }, { connection: connection.duplicate(), prefix: `${prefix}:bull`, concurrency: 4 });
    try {
      await waitFor(async () => {
        const c = await queue.counts();
        return c.completed + c.failed === count;
      }, { what: 'the jobs to finish' });
    } finally {
      await worker.close();
      await worker.disconnect();
    }
  }

  it('When jobs are waiting, completed, failed or gone, then only the waiting ones count as live', async () => {
    expect(await queue.liveJobs([])).toEqual([]);
    for (const id of ['done', 'fails', 'waits', 'lost-job', 'gone', 'decided']) await store.create(comment(id));
    await store.takeToQueue(100); // a relay took them all off the outbox …

    await handOver([{ jobId: 'done', commentIds: ['done'] }, { jobId: 'fails', commentIds: ['fails', 'fails-too'] }]);
    await finishJobs(['fails'], 2);
    await handOver([{ jobId: 'waits', commentIds: ['waits'] }]);
    await store.assignJobs([{ jobId: 'never-added', commentIds: ['gone'] }]); // … and died before adding this job
    expect(await queue.liveJobs(['waits', 'done', 'fails', 'never-added'])).toEqual([true, false, false, false]);

    // 'decided' was decided meanwhile (by a moderator); 'lost-job' was never recorded with a job.
    await connection.hset(`${prefix}:c:decided`, 's', 'approved');

    expect(await sweep()).toBe(4);
    // Completed without deciding, and never added: each re-added alone, under its own id, and recorded.
    expect((await queue.queue.getJob('done'))?.data.commentIds).toEqual(['done']);
    expect(await queue.queue.getJob('done').then((job) => job?.getState())).toBe('waiting');
    expect((await queue.queue.getJob('lost-job'))?.data.commentIds).toEqual(['lost-job']);
    expect((await queue.queue.getJob('gone'))?.data.commentIds).toEqual(['gone']);
    expect(await store.jobsOf(['done', 'lost-job', 'gone'])).toEqual(['done', 'lost-job', 'gone']);
    // Failed: the job itself is retried, with all its comments.
    expect(await queue.queue.getJob('fails').then((job) => job?.getState())).toBe('waiting');
    expect(await queue.queue.getJob('decided')).toBeUndefined();
    // Everything has a live job now: a second sweep finds nothing to do.
    expect(await sweep()).toBe(0);
  });

  it('When the intake outbox holds comments older than the re-enqueue age, then the sweep leaves everything to the relay', async () => {
    await store.create(comment('on-outbox'));
    expect(await sweep()).toBe(0);
    expect(await queue.queue.getJob('on-outbox')).toBeUndefined();
    // Out of the next test's way: handed over and decided.
    await store.takeToQueue(100);
    await connection.hset(`${prefix}:c:on-outbox`, 's', 'approved');
  });

  it('When the outbox is only busy with new comments, then the sweep still revives a lost one', async () => {
    // Lost: pending, taken off the outbox by a relay that died. Busy: a comment that arrived just now (the
    // sweep's clock runs 60 s ahead).
    await store.create(comment('lost-under-load'));
    await store.takeToQueue(100);
    await store.create({ ...comment('just-arrived'), createdAt: new Date(Date.now() + 60_000).toISOString() });
    expect(await sweep()).toBe(1);
    expect((await queue.queue.getJob('lost-under-load'))?.data.commentIds).toEqual(['lost-under-load']);
    expect(await queue.queue.getJob('just-arrived')).toBeUndefined();
  });
});

describe('The pending sweep with many stale comments and several workers', () => {
  const url = testRedisUrl();
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const logger = pino({ level: 'silent' });
  const queues: BullModerationQueue[] = [];

  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  });

  /** A store and queue under a fresh prefix, with `lost` stale comments queued after `live` stale ones that have live jobs. */
  async function setUp(live: number, lost: number): Promise<{ prefix: string; store: RedisCommentStore; queue: BullModerationQueue; lostIds: string[] }> {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis: connection, keyPrefix: prefix });
    const queue = new BullModerationQueue({ connection, name: 'moderation', prefix: `${prefix}:bull`, attempts: 1, backoffMs: 10, keepCompleted: 100, keepFailed: 100, maxCommentsPerJob: 16 });
    queues.push(queue);
    const base = Date.now() - 3_600_000;
    const id = (i: number): string => `s${String(i).padStart(5, '0')}`;
    // Oldest first: the ones with live jobs, then the lost ones.
    for (let i = 0; i < live + lost; i += 1) await store.create({ ...newComment(id(i)), createdAt: new Date(base + i).toISOString() });
    await store.takeToQueue(live + lost);
    const jobs: PlannedJob[] = Array.from({ length: live }, (_, i) => ({ jobId: id(i), commentIds: [id(i)] }));
    await store.assignJobs(jobs);
    await queue.add(jobs);
    return { prefix, store, queue, lostIds: Array.from({ length: lost }, (_, i) => id(live + i)) };
  }

  it('When lost comments sit behind more than a page of comments with live jobs (a backlog), then one sweep still revives every lost one', async () => {
    const { store, queue, lostIds } = await setUp(600, 150);
    const revived = await sweepPendingOnce({ store, queue, logger, now: () => new Date(), reenqueueAfterMs: 1000, limit: 500 });
    expect(revived).toBe(150);
    const states = await Promise.all(lostIds.map((id) => queue.queue.getJob(id).then((job) => job?.getState())));
    expect(states.every((state) => state === 'waiting')).toBe(true);
  });

  it('When another worker holds the sweep lease, then this one does not sweep; once it is released, it does', async () => {
    const { prefix, store, queue, lostIds } = await setUp(0, 3);
    const key = `${prefix}:sweep:lease`;
    const other = new RedisLease({ redis: connection, key, ttlMs: 30_000 });
    const mine = new RedisLease({ redis: connection, key, ttlMs: 30_000 });
    const sweep = (): Promise<number | null> => sweepPendingUnderLease({ store, queue, logger, now: () => new Date(), reenqueueAfterMs: 1000, limit: 500, lease: mine });

    expect(await other.acquire()).toBe(true);
    expect(await sweep()).toBeNull();
    expect(await queue.queue.getJob(lostIds[0] as string)).toBeUndefined();

    await other.release();
    expect(await sweep()).toBe(3);
    // Released after the sweep: the next one may be anyone's.
    expect(await connection.exists(key)).toBe(0);
  });

  it('When two workers sweep at the same moment, then exactly one of them does the work', async () => {
    const { prefix, store, queue } = await setUp(0, 40);
    const key = `${prefix}:sweep:lease`;
    const sweepAs = (lease: RedisLease): Promise<number | null> => sweepPendingUnderLease({ store, queue, logger, now: () => new Date(), reenqueueAfterMs: 1000, limit: 10, lease });
    const results = await Promise.all([sweepAs(new RedisLease({ redis: connection, key, ttlMs: 30_000 })), sweepAs(new RedisLease({ redis: connection, key, ttlMs: 30_000 }))]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.find((r) => r !== null)).toBe(40);
  });

  it('When the lease passes to another worker in the middle of a sweep, then the sweep stops at the next page', async () => {
    const { store, queue } = await setUp(0, 30);
    let pages = 0;
    const revived = await sweepPendingOnce({
      store,
      queue,
      logger,
      now: () => new Date(),
      reenqueueAfterMs: 1000,
      limit: 10,
      stillLeading: async () => {
        pages += 1;
        // Held for two pages, then another worker has it.
        return pages <= 2;
      },
    });
    expect(revived).toBe(20);
    expect(pages).toBe(3);
  });
});
