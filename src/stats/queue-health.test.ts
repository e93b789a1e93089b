import { InMemoryDecisionStatsStore } from './in-memory-decision-stats-store';
import { percentile, queueHealth } from './queue-health';

const MINUTE = 60_000;
const T0 = Date.parse('2026-12-02T10:00:00.000Z');

describe('queue health from decision statistics', () => {
  it('When a new minute has just begun, then m1 still counts the last 60 seconds from the previous bucket', async () => {
    const store = new InMemoryDecisionStatsStore();
    // 60 decisions spread over 09:59, none yet in 10:00.
    await store.record(Array.from({ length: 60 }, (_, i) => ({ by: 'auto' as const, decidedAtMs: T0 - MINUTE + i * 1000, intakeToDecisionMs: 100, holdToModeratorMs: null })));
    const quarterIn = queueHealth(await store.read(T0 + 15_000), T0 + 15_000);
    expect(quarterIn.throughput.decisionsPerMinute.auto.m1).toBe(45);
    expect(quarterIn.throughput.decisionsPerMinute.m1).toBe(45);
    expect(quarterIn.throughput.decisionsPerMinute.moderator.m1).toBe(0);
    expect(quarterIn.throughput.decisionsPerMinute.auto.m5).toBe(12);
    expect(quarterIn.throughput.decisionsPerMinute.auto.m15).toBe(4);
  });

  it('When latencies are older than 15 minutes, then they leave the percentiles', async () => {
    const store = new InMemoryDecisionStatsStore();
    const now = T0 + 30 * MINUTE;
    await store.record([
      { by: 'auto', decidedAtMs: T0, intakeToDecisionMs: 99_999, holdToModeratorMs: null },
      ...[10, 20, 30, 40].map((ms) => ({ by: 'moderator' as const, moderator: 'anna', decidedAtMs: now - ms * 1000, intakeToDecisionMs: ms, holdToModeratorMs: ms * 2 })),
    ]);
    const health = queueHealth(await store.read(now), now);
    expect(health.latency.intakeToDecisionMs).toEqual({ p50: 20, p95: 40, p99: 40, samples: 4 });
    expect(health.latency.holdToModeratorMs).toEqual({ p50: 40, p95: 80, samples: 4 });
    expect(health.moderatorsToday).toEqual([{ moderator: 'anna', decisions: 4 }]);
    expect(health.oldestPendingAgeSeconds).toBeNull();
  });

  it('When percentiles are taken by nearest rank, then p50 of 1..10 is 5 and p99 is 10; none gives null', () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile([], 50)).toBeNull();
  });
});
