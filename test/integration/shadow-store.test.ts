import { Redis } from 'ioredis';
import { RedisModeratorLabelStore } from '../../src/calibration/redis-moderator-label-store';
import type { ModeratorLabel } from '../../src/calibration/moderator-label-store';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import type { ShadowVerdict } from '../../src/domain';
import { RedisShadowStore } from '../../src/shadow/redis-shadow-store';
import type { ShadowSummary } from '../../src/shadow/shadow-store';
import { newComment } from '../support/new-comment';
import { testRedisUrl } from '../support/redis-server';
import { uniquePrefix } from '../support/service-harness';

const DAY_MS = 86_400_000;
const verdict = (status: ShadowVerdict['status']): ShadowVerdict => ({
  status,
  reasons: [],
  scores: { INSULT: 0.4 },
  scorer: 'local',
  model: 'm',
  failures: [],
  scorers: 'local',
  policy: 'live',
  decidedBy: 'apply-thresholds',
  durationMs: 3,
  at: new Date().toISOString(),
});
const summary = (commentId: string, decidedAtMs: number): ShadowSummary => ({ commentId, live: 'approved', shadow: 'held', language: 'de', articleId: 'a-1', decidedAtMs });

/** The shadow index and the calibration log on real Redis: what they keep, and that they stay bounded. */
describe('shadow and calibration stores', () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  afterAll(() => {
    redis.disconnect();
  });

  it('When a verdict is recorded, then the comment carries it, the summary is indexed, and a removed comment gets only a count', async () => {
    const prefix = uniquePrefix();
    const comments = new RedisCommentStore({ redis, keyPrefix: prefix });
    await comments.create(newComment('c1'));
    const store = new RedisShadowStore({ redis, keyPrefix: prefix, retentionMs: DAY_MS, maxEntries: 100 });
    const nowMs = Date.now();
    expect(await store.record({ summary: summary('c1', nowMs), verdict: verdict('held'), outcome: 'ok', nowMs })).toBe(true);
    expect(await store.record({ summary: summary('gone', nowMs), verdict: verdict('error'), outcome: 'timeout', nowMs })).toBe(false);
    expect((await comments.get('c1'))?.shadow).toMatchObject({ status: 'held', scorer: 'local' });
    expect(await redis.exists(`${prefix}:c:gone`)).toBe(0);
    expect(await store.recent({ sinceMs: 0, maxScan: 10 })).toEqual({ summaries: [summary('c1', nowMs)], truncated: false });
    expect(await store.outcomes()).toEqual({ ok: 1, timeout: 1, error: 0, skipped: 0 });
  });

  it('When summaries pass their retention or the size cap, then writes remove the oldest, and a capped scan says it was cut', async () => {
    const prefix = uniquePrefix();
    const comments = new RedisCommentStore({ redis, keyPrefix: prefix });
    const store = new RedisShadowStore({ redis, keyPrefix: prefix, retentionMs: DAY_MS, maxEntries: 5 });
    const nowMs = Date.now();
    for (let i = 0; i < 8; i += 1) {
      await comments.create(newComment(`c${i}`));
      // c0 and c1 were decided three days ago: past the one-day retention.
      const at = i < 2 ? nowMs - 3 * DAY_MS : nowMs + i;
      await store.record({ summary: summary(`c${i}`, at), verdict: verdict('held'), outcome: 'ok', nowMs });
    }
    const kept = await store.recent({ sinceMs: 0, maxScan: 100 });
    expect(kept.summaries.map((s) => s.commentId)).toEqual(['c7', 'c6', 'c5', 'c4', 'c3']);
    expect(await redis.hlen(`${prefix}:shadow:summaries`)).toBe(5);
    const capped = await store.recent({ sinceMs: 0, maxScan: 2 });
    expect(capped).toMatchObject({ truncated: true, summaries: [{ commentId: 'c7' }, { commentId: 'c6' }] });
    expect((await store.recent({ sinceMs: nowMs + 6, maxScan: 2 })).truncated).toBe(false);
  });

  it('When a moderator decides a comment again, then its label is replaced, and the log keeps the newest within its cap', async () => {
    const prefix = uniquePrefix();
    const labels = new RedisModeratorLabelStore({ redis, keyPrefix: prefix, retentionMs: 365 * DAY_MS, maxEntries: 3 });
    const label = (id: string, decision: 'approved' | 'rejected', atMs: number): ModeratorLabel => ({
      commentId: id,
      decision,
      from: 'held',
      autoStatus: 'held',
      reversal: false,
      language: 'de',
      articleId: 'a-1',
      scores: { INSULT: 0.6 },
      scorer: 'perspective',
      by: 'anna',
      at: new Date(atMs).toISOString(),
    });
    const t = Date.now();
    for (let i = 0; i < 5; i += 1) await labels.record(label(`c${i}`, 'approved', t + i), t + i);
    await labels.record({ ...label('c4', 'rejected', t + 10), reversal: true, from: 'approved' }, t + 10);
    const { labels: recent, truncated } = await labels.recent(10);
    expect(truncated).toBe(false);
    expect(recent.map((l) => [l.commentId, l.decision])).toEqual([
      ['c4', 'rejected'],
      ['c3', 'approved'],
      ['c2', 'approved'],
    ]);
    expect((await labels.recent(2)).truncated).toBe(true);
    expect([...(await labels.getMany(['c0', 'c4'])).keys()]).toEqual(['c4']);
  });
});
