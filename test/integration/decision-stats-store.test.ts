import { Redis } from 'ioredis';
import { LATENCY_SAMPLES_KEPT, MINUTES_KEPT, RedisDecisionStatsStore } from '../../src/stats/decision-stats-store';
import { testRedisUrl } from '../support/redis-server';
import { uniquePrefix } from '../support/service-harness';

describe('decision statistics in Redis stay bounded', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('When 2,500 decisions are recorded, then at most LATENCY_SAMPLES_KEPT latencies are kept and every counter expires', async () => {
    const keyPrefix = uniquePrefix();
    const store = new RedisDecisionStatsStore({ redis, keyPrefix });
    const nowMs = Date.now();
    const entries = Array.from({ length: 2500 }, (_, i) => ({ by: 'moderator' as const, moderator: `m${i % 3}`, decidedAtMs: nowMs - i, intakeToDecisionMs: i, holdToModeratorMs: i }));
    for (let i = 0; i < entries.length; i += 500) await store.record(entries.slice(i, i + 500));

    expect(await redis.llen(`${keyPrefix}:qstats:lat:intake`)).toBe(LATENCY_SAMPLES_KEPT);
    expect(await redis.llen(`${keyPrefix}:qstats:lat:hold`)).toBe(LATENCY_SAMPLES_KEPT);
    for (const key of await redis.keys(`${keyPrefix}:qstats:dpm:*`)) expect(await redis.pttl(key)).toBeGreaterThan(0);
    for (const key of await redis.keys(`${keyPrefix}:qstats:moderators:*`)) expect(await redis.pttl(key)).toBeGreaterThan(0);

    const reading = await store.read(nowMs);
    expect(reading.perMinute.moderator).toHaveLength(MINUTES_KEPT);
    expect(reading.perMinute.moderator.reduce((a, b) => a + b, 0)).toBe(2500);
    expect(reading.intakeToDecision).toHaveLength(LATENCY_SAMPLES_KEPT);
    // Newest first: the last recorded batch holds the oldest decisions, so the newest kept is from the last batch.
    expect(reading.intakeToDecision[0]).toEqual({ atMs: nowMs - 2499, ms: 2499 });
    expect(reading.moderatorsToday).toEqual({ m0: 834, m1: 833, m2: 833 });
    expect(reading.oldestPendingCreatedAtMs).toBeNull();
  });
});
