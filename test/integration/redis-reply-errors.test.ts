import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pino from 'pino';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { logConnectionErrors } from '../../src/redis/connection-log';
import { RedisWordListStore } from '../../src/word-lists/word-list-store';
import { newComment } from '../support/new-comment';
import { freePort, testRedisUrl } from '../support/redis-server';
import { uniquePrefix } from '../support/service-harness';
import { waitFor } from '../support/wait-for';

/** A reply error inside a pipeline or MULTI must fail the call, never pass as "no value". */
describe('Redis reply errors in pipelines', () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  afterAll(() => {
    redis.disconnect();
  });

  async function heldComment(store: RedisCommentStore, id: string): Promise<void> {
    const { comment } = await store.create(newComment(id));
    const decision = { by: 'auto', status: 'held' as const, reasons: [{ rule: 'threshold.hold' }], at: new Date().toISOString() };
    await store.decideAutoMany([{ comment, decision: { status: 'held', decision, event: '', scores: { INSULT: 0.7 }, scoring: null, language: 'de', languageSource: 'detected' } }]);
  }

  it("When reading a held comment's claim fails (WRONGTYPE), then the review list and the claim lookup fail instead of showing it unclaimed", async () => {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix });
    await heldComment(store, 'c1');
    // A claim key of the wrong type: GET on it is an error reply inside the pipeline.
    await redis.hset(`${prefix}:claim:c1`, 'moderator', 'anna');

    await expect(store.listHeld({ sort: 'age', limit: 10, nowMs: Date.now() })).rejects.toThrow(/WRONGTYPE/);
    await expect(store.getClaim('c1')).rejects.toThrow(/WRONGTYPE/);
  });

  it('When the word-list version cannot be moved (WRONGTYPE), then adding or removing a term fails instead of reporting success', async () => {
    const prefix = uniquePrefix();
    const words = new RedisWordListStore({ redis, keyPrefix: prefix });
    await redis.hset(`${prefix}:wl:version`, 'broken', '1');
    const entry = { list: 'blocked' as const, term: 'schafseckel', addedBy: 'anna', addedAt: new Date().toISOString() };
    await expect(words.add(entry)).rejects.toThrow(/WRONGTYPE/);
    await expect(words.remove('blocked', 'schafseckel', undefined)).rejects.toThrow(/WRONGTYPE/);
    await expect(words.all()).rejects.toThrow(/WRONGTYPE/);
  });
});

describe('Redis connection errors in the logs', () => {
  it('When a client cannot reach Redis, then it is logged at warn, once per interval per client, with the count not logged', async () => {
    const lines: { level: number; msg: string; client: string; suppressed: number }[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(JSON.parse(chunk.toString('utf8')) as (typeof lines)[number]), done()) }));
    let clock = 1_000_000;
    // Retries every 5 ms until told to stop; then it ends by itself (disconnect() while reconnecting can leave a handle).
    let retry = true;
    const redis = new Redis(`redis://127.0.0.1:${await freePort()}`, { lazyConnect: true, maxRetriesPerRequest: null, retryStrategy: () => (retry ? 5 : null) });
    const ended = new Promise((resolve) => redis.once('end', resolve));
    let errors = 0;
    redis.on('error', () => {
      errors += 1;
    });
    logConnectionErrors(redis, logger, { client: 'worker-store', intervalMs: 30_000, now: () => clock });
    redis.connect().catch(() => undefined);
    try {
      await waitFor(() => errors >= 5, { what: 'five connection errors' });
      expect(lines).toEqual([expect.objectContaining({ level: 40, msg: 'redis connection error', client: 'worker-store', suppressed: 0 })]);

      clock += 30_000;
      const before = errors;
      await waitFor(() => lines.length === 2 && errors > before, { what: 'the next logged error' });
      expect(lines[1]).toMatchObject({ level: 40, client: 'worker-store' });
      expect(lines[1]?.suppressed).toBeGreaterThanOrEqual(4);
    } finally {
      retry = false;
      await ended;
    }
  });
});
