import { Redis } from 'ioredis';
import pino from 'pino';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { startEnqueueRelay, type EnqueueRelay } from '../../src/queue/enqueue-relay';
import { BullModerationQueue, type PlannedJob } from '../../src/queue/moderation-queue';
import { newComment } from '../support/new-comment';
import { uniquePrefix } from '../support/service-harness';
import { waitFor } from '../support/wait-for';
import { testRedisUrl } from '../support/redis-server';

/**
 * Intake stores a comment and its outbox entry in one script; relays in the workers hand the outbox to BullMQ
 * in batches. Real Redis, real BullMQ.
 */
describe('The intake outbox and its relays on real Redis', () => {
  const url = testRedisUrl();
  const logger = pino({ level: 'silent' });
  const clients: Redis[] = [];
  const client = (): Redis => {
    const redis = new Redis(url, { maxRetriesPerRequest: null });
    clients.push(redis);
    return redis;
  };
  const relays: EnqueueRelay[] = [];
  const queues: BullModerationQueue[] = [];

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.close()));
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    // A relay's close already disconnected its blocking client. ioredis arms a 2-second timer on every
    // disconnect that only the socket's close event clears, so a second disconnect of a closed client would
    // keep jest alive for 2 s after the run.
    for (const redis of clients.splice(0)) if (redis.status !== 'end') redis.disconnect();
  });

  function setUp(): { prefix: string; store: RedisCommentStore; queue: BullModerationQueue } {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis: client(), keyPrefix: prefix });
    const queue = new BullModerationQueue({ connection: client(), name: 'moderation', prefix: `${prefix}:bull`, attempts: 1, backoffMs: 10, keepCompleted: 100, keepFailed: 100, maxCommentsPerJob: 16 });
    queues.push(queue);
    return { prefix, store, queue };
  }

  function relay(prefix: string, queue: Pick<BullModerationQueue, 'plan' | 'add'>, batchSize = 100, waitSeconds = 1): EnqueueRelay {
    const blocking = client();
    const store = new RedisCommentStore({ redis: client(), blockingRedis: blocking, keyPrefix: prefix });
    const started = startEnqueueRelay({ outbox: store, queue, logger, batchSize, waitSeconds, retryDelayMs: 20, interruptWait: () => blocking.disconnect() });
    relays.push(started);
    return started;
  }

  const comment = newComment;

  it('When a comment is stored, then its id is on the outbox in the same step, in arrival order', async () => {
    const { store } = setUp();
    await store.create(comment('c-1'));
    await store.create(comment('c-2'));
    // A replay of the same externalId from the same client stores nothing and adds no second entry.
    await store.create({ ...comment('c-3'), externalId: 'ext-1' });
    await store.create({ ...comment('c-4'), externalId: 'ext-1' });
    expect(await store.toQueueLength()).toBe(3);
    expect(await store.takeToQueue(10)).toEqual(['c-1', 'c-2', 'c-3']);
    await store.returnToQueue(['c-1', 'c-2']);
    expect(await store.takeToQueue(10)).toEqual(['c-1', 'c-2']);
  });

  it('When two relays share a backlog of 1,200 comments, then every comment is in exactly one job, recorded with it, and the outbox empties', async () => {
    const { prefix, store, queue } = setUp();
    const ids = Array.from({ length: 1200 }, (_, i) => `c-${i}`);
    for (const id of ids) await store.create(comment(id));
    relay(prefix, queue);
    relay(prefix, queue);

    const inJobs = async (): Promise<{ jobId: string; commentIds: string[] }[]> =>
      (await queue.queue.getWaiting(0, -1)).map((job) => ({ jobId: job.id ?? '', commentIds: job.data.commentIds }));
    await waitFor(async () => (await inJobs()).reduce((n, job) => n + job.commentIds.length, 0) === ids.length, { what: 'a job for every comment' });
    expect(await store.toQueueLength()).toBe(0);
    const jobs = await inJobs();
    const carried = jobs.flatMap((job) => job.commentIds);
    expect([...carried].sort()).toEqual([...ids].sort());
    // A backlog travels in full jobs (two relays taking 100 at a time: 7 jobs per batch, the last of 4).
    expect(jobs.length).toBeLessThan(ids.length / 10);
    expect(Math.max(...jobs.map((job) => job.commentIds.length))).toBe(16);
    for (const job of jobs) expect(job.jobId).toBe(job.commentIds[0]);
    // Each comment knows its job, so the pending sweep can tell it is not lost.
    const recorded = await store.jobsOf(ids);
    const expected = new Map(jobs.flatMap((job) => job.commentIds.map((id) => [id, job.jobId] as const)));
    expect(recorded).toEqual(ids.map((id) => expected.get(id)));
  });

  it('When a relay waits on an empty outbox, then a new comment gets its job without polling delay', async () => {
    const { prefix, store, queue } = setUp();
    // A long wait period, so that a job well within it can only come from the wait being woken (with 1 s, a
    // loaded machine could take longer than the period to hand the job over).
    const WAIT_SECONDS = 8;
    relay(prefix, queue, 100, WAIT_SECONDS);
    // Let the relay reach its blocking wait first.
    await waitFor(async () => (await store.toQueueLength()) === 0, { what: 'the empty outbox' });
    await store.create(comment('late-1'));
    await waitFor(async () => (await queue.queue.getJob('late-1')) !== undefined, { timeoutMs: (WAIT_SECONDS * 1000) / 2, what: 'the job, within half a wait period' });
  });

  it('When handing over fails, then the ids go back on the outbox in order and are handed over on a later try', async () => {
    const { prefix, store, queue } = setUp();
    for (const id of ['f-1', 'f-2', 'f-3']) await store.create(comment(id));
    let failures = 2;
    const attempts: string[][] = [];
    const flaky = {
      plan: (batch: readonly string[]) => queue.plan(batch),
      add: async (jobs: readonly PlannedJob[]) => {
        attempts.push(jobs.flatMap((job) => job.commentIds));
        if (failures-- > 0) throw new Error('Redis is away');
        await queue.add(jobs);
      },
    };
    relay(prefix, flaky);
    await waitFor(async () => (await queue.queue.getJob('f-1'))?.data.commentIds.length === 3, { what: 'the job after two failed tries' });
    expect(attempts.slice(0, 3)).toEqual([['f-1', 'f-2', 'f-3'], ['f-1', 'f-2', 'f-3'], ['f-1', 'f-2', 'f-3']]);
    expect(await store.toQueueLength()).toBe(0);
  });

  it('When a relay is closed, then it stops taking ids at once', async () => {
    const { prefix, store } = setUp();
    const started = relay(prefix, { plan: () => [], add: async () => undefined });
    const closedAt = performance.now();
    await started.close();
    expect(performance.now() - closedAt).toBeLessThan(900); // not held up by its one-second blocking wait
    await store.create(comment('after-close'));
    expect(await store.toQueueLength()).toBe(1);
  });
});
