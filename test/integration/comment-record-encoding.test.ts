import { Redis } from 'ioredis';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import type { HistoryEntry } from '../../src/domain';
import { migrateCommentRecords } from '../../scripts/migrate-comment-records';
import { newComment } from '../support/new-comment';
import { testRedisUrl } from '../support/redis-server';
import { uniquePrefix } from '../support/service-harness';

/**
 * The compact record (README, The store): a decided comment of ~100 characters is one listpack and needs no
 * trail key; records written by the earlier code are still read, and the migration converts them.
 */
describe('Comment records on real Redis', () => {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  const migrationRedis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  afterAll(() => {
    redis.disconnect();
    migrationRedis.disconnect();
  });

  const text = 'Der Bundesrat hat wieder einmal versagt. Diese Politiker sind alle unfähig, aber das passiert ja nie.';

  it('When a ~100-character comment is decided, then its record is one listpack of under 1 KB and it has no trail key', async () => {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix });
    const { comment } = await store.create({ ...newComment('compact'), text });
    const at = new Date().toISOString();
    const reasons = [{ rule: 'below_thresholds', scorer: 'local', language: 'de' as const, attribute: 'TOXICITY' as const, score: 0.36, threshold: 0.46 }];
    await store.assignJobs([{ jobId: 'job-1', commentIds: ['compact'] }]);
    const [outcome] = await store.decideAutoMany([
      {
        comment,
        decision: {
          status: 'approved',
          decision: { by: 'auto', status: 'approved', reasons, at },
          scores: { TOXICITY: 0.36, SEVERE_TOXICITY: 0.04, INSULT: 0.31, PROFANITY: 0, THREAT: 0, IDENTITY_ATTACK: 0 },
          scoring: { scorer: 'local', model: 'local-scorer-v2', failures: [] },
          language: 'de',
          languageSource: 'detected',
          event: '',
        },
      },
    ]);
    expect(outcome?.outcome).toBe('decided');
    expect(await redis.object('ENCODING', `${prefix}:c:compact`)).toBe('listpack');
    expect(Number(await redis.memory('USAGE', `${prefix}:c:compact`))).toBeLessThan(1024);
    expect(await redis.exists(`${prefix}:h:compact`)).toBe(0);
    expect(await redis.hexists(`${prefix}:c:compact`, 'j')).toBe(0);
    expect(await store.get('compact')).toEqual(outcome?.outcome === 'decided' ? outcome.comment : null);
    expect(await store.history('compact')).toEqual([
      { at: comment.createdAt, by: 'widget', from: null, to: 'pending', reasons: [{ rule: 'submitted' }] },
      { at, by: 'auto', from: 'pending', to: 'approved', reasons },
    ]);
  });

  /** A held comment as the code before the compact encoding stored it. */
  async function writeLegacyHeld(prefix: string, id: string): Promise<{ createdAt: string; trail: HistoryEntry[] }> {
    const createdAt = '2026-11-30T10:00:00.000Z';
    const decision = { by: 'auto', status: 'held', reasons: [{ rule: 'threshold.hold', attribute: 'INSULT', score: 0.6, threshold: 0.5 }], at: '2026-11-30T10:00:01.000Z' };
    await redis.hset(`${prefix}:c:${id}`, {
      id,
      status: 'held',
      articleId: 'a-legacy',
      text,
      author: JSON.stringify({ id: 'reader-9', name: 'Vera' }),
      language: 'de',
      languageSource: 'detected',
      externalId: '',
      parentId: '',
      metadata: '{}',
      client: 'widget',
      createdAt,
      createdAtMs: String(Date.parse(createdAt)),
      version: '2',
      job: 'job-9',
      decision: JSON.stringify(decision),
      scores: JSON.stringify({ TOXICITY: 0.4, INSULT: 0.6 }),
      scoring: JSON.stringify({ scorer: 'local', model: 'm', failures: [] }),
      decidedAt: decision.at,
    });
    const trail: HistoryEntry[] = [
      { at: createdAt, by: 'widget', from: null, to: 'pending', reasons: [{ rule: 'submitted' }] },
      { at: decision.at, by: 'auto', from: 'pending', to: 'held', reasons: decision.reasons as HistoryEntry['reasons'] },
    ];
    await redis.rpush(`${prefix}:h:${id}`, ...trail.map((entry) => JSON.stringify(entry)));
    for (const key of [`${prefix}:ix:held`, `${prefix}:ix:held:a:a-legacy`]) await redis.zadd(key, Date.parse(createdAt), id);
    await redis.zadd(`${prefix}:ix:held:risk`, 0.6, id);
    await redis.hset(`${prefix}:counts`, 'held', 1);
    return { createdAt, trail };
  }

  it('When a record was written by the earlier code, then it is read as before, and after the migration it can be decided', async () => {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix });
    const { createdAt, trail } = await writeLegacyHeld(prefix, 'old');
    const before = await store.get('old');
    expect(before).toMatchObject({ id: 'old', status: 'held', author: { id: 'reader-9', name: 'Vera' }, createdAt, version: 2, scores: { TOXICITY: 0.4, INSULT: 0.6 }, externalId: null, decidedAt: '2026-11-30T10:00:01.000Z' });
    expect(await store.history('old')).toEqual(trail);
    expect((await store.listHeld({ sort: 'age', limit: 10, nowMs: Date.now() })).items.map((c) => c.id)).toEqual(['old']);

    expect(await migrateCommentRecords({ redis: migrationRedis, keyPrefix: prefix })).toEqual({ scanned: 1, migrated: 1 });
    expect(await migrateCommentRecords({ redis: migrationRedis, keyPrefix: prefix })).toEqual({ scanned: 1, migrated: 0 });
    expect(await redis.hexists(`${prefix}:c:old`, 'status')).toBe(0);
    expect(await store.get('old')).toEqual(before);
    expect(await store.history('old')).toEqual(trail);

    const outcome = await store.decideByModerator(before as NonNullable<typeof before>, {
      status: 'approved',
      decision: { by: 'anna', status: 'approved', reasons: [{ rule: 'moderator' }], at: '2026-11-30T11:00:00.000Z' },
      from: ['held'],
      expectedVersion: 2,
      moderator: 'anna',
      event: '',
    });
    expect(outcome).toMatchObject({ outcome: 'decided', comment: { status: 'approved', version: 3 } });
    expect((await store.history('old')).map((entry) => [entry.from, entry.to, entry.by])).toEqual([
      [null, 'pending', 'widget'],
      ['pending', 'held', 'auto'],
      ['held', 'approved', 'anna'],
    ]);
  });
});
