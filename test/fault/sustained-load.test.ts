import { Redis } from 'ioredis';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { killAllServiceProcesses, startApiProcess, startWorkerProcess, type ApiProcess, type ServiceProcess } from '../support/processes';
import { decidedCount, postComment, queueStats, trailsNotDecidedOnce, waitUntilAllDecided, type PostResult } from './fault-client';

/**
 * Seconds of load (CI: 150) and comments per second: a rate this 2-core machine holds with room to spare. The run
 * must outlast the worker's first full garbage collection: with the scorer's lexicon (~55 MB of live heap), V8
 * lets the worker's RSS climb by ~120 MB before it (about 80 s at 200/s; later if the live heap grows), then it falls back and stays flat
 * (measured: 312 MB at 80 s, 161 MB from 90 s to 150 s). A shorter run would read that climb as growth.
 */
const SECONDS = Number(process.env.FAULT_LOAD_SECONDS ?? 150);
const RATE_PER_SECOND = Number(process.env.FAULT_LOAD_RATE ?? 200);
/**
 * Requests the load generator lets wait for an answer before it counts the rest as not sent (`overloaded`): five
 * seconds of load. With 200, a machine busy with other work (p99 1.7 s for a while) made the generator skip 1,506
 * comments although the service answered every request with 202 and the worker kept up; whether it keeps up is what
 * the backlog bound below asserts.
 */
const MAX_IN_FLIGHT = 5 * RATE_PER_SECOND;
const TICK_MS = 20;
const MB = 1024 * 1024;
// Bounds for "memory does not grow": process RSS after warm-up, and Redis bytes per stored comment (the
// comment hash, its audit trail and index entries; finished jobs are trimmed to QUEUE_KEEP_COMPLETED).
const MAX_RSS_GROWTH_BYTES = 64 * MB;
const MAX_REDIS_BYTES_PER_COMMENT = 6 * 1024;
/** Samples (5 s apart) whose median stands for the RSS at the start and at the end of the load. */
const RSS_WINDOW_SAMPLES = 6;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Sample {
  atS: number;
  apiRss: number;
  workerRss: number;
  redisBytes: number;
  backlog: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

describe(`When comments stream in for ${SECONDS} s at ${RATE_PER_SECOND}/s`, () => {
  let redis: RedisServerHandle;
  let api: ApiProcess;
  let worker: ServiceProcess;
  let probe: Redis;
  const keyPrefix = 'fld';

  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startApiProcess({ redisUrl: redis.url, keyPrefix });
    worker = await startWorkerProcess({ redisUrl: redis.url, keyPrefix });
    probe = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  }, 60_000);

  afterAll(async () => {
    probe?.disconnect();
    await killAllServiceProcesses();
    await redis?.stop();
  });

  async function redisUsedBytes(): Promise<number> {
    const info = await probe.info('memory');
    return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN);
  }

  async function sample(startedAt: number): Promise<Sample> {
    const stats = await queueStats(api.baseUrl);
    return {
      atS: Math.round((Date.now() - startedAt) / 1000),
      apiRss: api.rssBytes() ?? Number.NaN,
      workerRss: worker.rssBytes() ?? Number.NaN,
      redisBytes: await redisUsedBytes(),
      backlog: stats.queue.waiting + stats.queue.active + stats.queue.delayed,
    };
  }

  it('then there are zero errors, the worker keeps up, every comment is decided once and memory stays bounded', async () => {
    const redisBefore = await redisUsedBytes();
    const results: PostResult[] = [];
    const accepted: string[] = [];
    const latenciesMs: number[] = [];
    const samples: Sample[] = [];
    let sent = 0;
    let inFlight = 0;
    let overloaded = 0;
    const pending = new Set<Promise<void>>();

    const startedAt = Date.now();
    const endAt = startedAt + SECONDS * 1000;
    let nextSampleAt = startedAt + 5000;
    // Open loop: the schedule decides when a comment is sent, not the previous answer.
    while (Date.now() < endAt) {
      const due = Math.floor(((Date.now() - startedAt) / 1000) * RATE_PER_SECOND);
      while (sent < due) {
        if (inFlight >= MAX_IN_FLIGHT) {
          overloaded += due - sent;
          sent = due;
          break;
        }
        const n = sent;
        sent += 1;
        inFlight += 1;
        const t0 = performance.now();
        const task = postComment(api.baseUrl, n, 10_000).then((result) => {
          inFlight -= 1;
          latenciesMs.push(performance.now() - t0);
          results.push(result);
          if (result.status === 202 && 'id' in result && result.id !== undefined) accepted.push(result.id);
        });
        pending.add(task);
        void task.finally(() => pending.delete(task));
      }
      if (Date.now() >= nextSampleAt) {
        nextSampleAt += 5000;
        samples.push(await sample(startedAt));
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all([...pending]);
    const final = await waitUntilAllDecided(api.baseUrl, { timeoutMs: 30_000, what: 'the backlog to drain after the load' });
    samples.push(await sample(startedAt));

    const sorted = [...latenciesMs].sort((a, b) => a - b);
    const afterWarmUp = samples.filter((s) => s.atS >= Math.min(15, SECONDS / 4));
    const last = samples[samples.length - 1];
    const redisPerComment = last === undefined ? Number.NaN : (last.redisBytes - redisBefore) / Math.max(1, accepted.length);
    console.log(
      `sustained load: ${sent} sent in ${SECONDS} s (${(sent / SECONDS).toFixed(0)}/s), ${accepted.length} accepted, ` +
        `intake p50 ${percentile(sorted, 50).toFixed(1)} ms p99 ${percentile(sorted, 99).toFixed(1)} ms, max backlog ${Math.max(...samples.map((s) => s.backlog))}, ` +
        `Redis ${(redisPerComment / 1024).toFixed(2)} KB/comment\n` +
        samples.map((s) => `  t=${s.atS}s api ${(s.apiRss / MB).toFixed(0)} MB, worker ${(s.workerRss / MB).toFixed(0)} MB, redis ${(s.redisBytes / MB).toFixed(1)} MB, backlog ${s.backlog}`).join('\n'),
    );

    expect(overloaded).toBe(0);
    expect(results.filter((r) => r.status !== 202)).toEqual([]);
    expect(accepted).toHaveLength(sent);
    expect(decidedCount(final)).toBe(accepted.length);
    // The worker keeps up: never more than two seconds of comments waiting.
    expect(Math.max(...samples.map((s) => s.backlog))).toBeLessThanOrEqual(RATE_PER_SECOND * 2);
    // RSS is a sawtooth (it climbs until a full collection, then drops): one sample against another compared a peak
    // with a trough and failed a run whose heap after 30,000 comments was the same as before. The median of the
    // first and of the last 30 s (six samples each) still shows a steady leak.
    expect(afterWarmUp.length).toBeGreaterThanOrEqual(2 * RSS_WINDOW_SAMPLES);
    const early = afterWarmUp.slice(0, RSS_WINDOW_SAMPLES);
    const late = afterWarmUp.slice(-RSS_WINDOW_SAMPLES);
    expect(median(late.map((x) => x.apiRss)) - median(early.map((x) => x.apiRss))).toBeLessThan(MAX_RSS_GROWTH_BYTES);
    expect(median(late.map((x) => x.workerRss)) - median(early.map((x) => x.workerRss))).toBeLessThan(MAX_RSS_GROWTH_BYTES);
    expect(redisPerComment).toBeLessThan(MAX_REDIS_BYTES_PER_COMMENT);
    // Exactly once, on a sample of the trails (reading all of them would double the run).
    const step = Math.max(1, Math.floor(accepted.length / 500));
    expect(await trailsNotDecidedOnce(api.baseUrl, accepted.filter((_, i) => i % step === 0))).toEqual([]);
    expect(api.exited() || worker.exited()).toBe(false);
    expect(final.queue.failed).toBe(0);
  }, (SECONDS + 120) * 1000);
});
