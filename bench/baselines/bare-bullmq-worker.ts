/**
 * Baseline for the end-to-end benchmark: a BullMQ worker with a no-op processor on the same Redis, queue
 * options and concurrency as the service's worker.
 * `REDIS_URL=… QUEUE_PREFIX=… QUEUE_NAME=… CONCURRENCY=16 node --import tsx bench/baselines/bare-bullmq-worker.ts`
 */
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';

const redisUrl = process.env.REDIS_URL;
if (redisUrl === undefined) throw new Error('REDIS_URL is required');
const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
const worker = new Worker(process.env.QUEUE_NAME ?? 'moderation', async () => ({ outcome: 'noop' }), {
  connection,
  prefix: process.env.QUEUE_PREFIX ?? 'bare:bull',
  concurrency: Number(process.env.CONCURRENCY ?? 16),
});
worker.on('error', (error) => console.error(`bare worker error: ${error.message}`));
process.on('SIGTERM', () => {
  void worker.close().then(() => {
    connection.disconnect();
    process.exit(0);
  });
});
