import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pino from 'pino';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { BullModerationQueue, type PlannedJob } from '../../src/queue/moderation-queue';
import { sweepPendingOnce } from '../../src/queue/pending-sweep';
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
    await connection.hset(`${prefix}:c:decided`, 'status', 'approved');

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
    await connection.hset(`${prefix}:c:on-outbox`, 'status', 'approved');
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
