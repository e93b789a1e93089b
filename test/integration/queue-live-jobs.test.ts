import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { BullModerationQueue, MODERATION_JOB_NAME } from '../../src/queue/moderation-queue';
import { uniquePrefix } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

/** The pending sweep asks which comments still have a live job, for hundreds of ids in one round trip. */
describe('BullModerationQueue.hasLiveJobs on real Redis', () => {
  const url = process.env.TEST_REDIS_URL;
  if (url === undefined) throw new Error('TEST_REDIS_URL is not set');
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const prefix = `${uniquePrefix()}:bull`;
  const queue = new BullModerationQueue({ connection, name: 'moderation', prefix, attempts: 1, backoffMs: 10, keepCompleted: 100, keepFailed: 100 });

  afterAll(async () => {
    await queue.close();
    connection.disconnect();
  });

  it('When jobs are waiting, completed, failed or gone, then only the waiting ones count as live', async () => {
    expect(await queue.hasLiveJobs([])).toEqual([]);
    await queue.enqueue('done-1');
    await queue.enqueue('fails-1');
    const worker = new Worker(
      'moderation',
      async (job) => {
        if (job.id === 'fails-1') throw new Error('scorer down');
        return { outcome: 'decided' };
      },
      { connection: connection.duplicate(), prefix, concurrency: 2 },
    );
    try {
      await waitFor(async () => (await queue.counts()).completed === 1 && (await queue.counts()).failed === 1, { what: 'both jobs to finish' });
    } finally {
      await worker.close();
      await worker.disconnect();
    }
    await queue.enqueue('waiting-1');
    expect(await queue.queue.getJob('waiting-1')).toMatchObject({ name: MODERATION_JOB_NAME });

    expect(await queue.hasLiveJobs(['waiting-1', 'done-1', 'fails-1', 'never-added'])).toEqual([true, false, false, false]);
  });
});
