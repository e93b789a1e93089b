import { Redis } from 'ioredis';
import type { Comment, DecidedStatus } from '../../src/domain';
import type { AutoDecision } from '../../src/comments/comment-store';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { newComment } from '../support/new-comment';
import { uniquePrefix } from '../support/service-harness';
import { waitFor } from '../support/wait-for';
import { testRedisUrl } from '../support/redis-server';

/**
 * Approved and rejected comments expire after the retention period, with their trail and their externalId
 * key; pending and held comments never do. Real Redis.
 */
describe('Retention of decided comments on real Redis', () => {
  const url = testRedisUrl();
  const redis = new Redis(url, { maxRetriesPerRequest: null });

  afterAll(() => {
    redis.disconnect();
  });

  function setUp(decidedRetentionMs: number): { prefix: string; store: RedisCommentStore; ttls: (id: string, externalId?: string) => Promise<number[]> } {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix, decidedRetentionMs });
    // PTTL of the record and the externalId key (-1: no expiry, -2: no such key). The trail list exists only once
    // a decision was replaced by a later one (the other entries are derived from the record).
    const ttls = async (id: string, externalId?: string): Promise<number[]> => {
      const keys = [`${prefix}:c:${id}`, ...(externalId === undefined ? [] : [`${prefix}:x:widget:${externalId}`])];
      return Promise.all(keys.map((key) => redis.pttl(key)));
    };
    return { prefix, store, ttls };
  }

  function auto(status: DecidedStatus): AutoDecision {
    const at = new Date().toISOString();
    return { status, decision: { by: 'auto', status, reasons: [{ rule: 'test' }], at }, scores: {}, scoring: null, language: 'de', languageSource: 'detected', event: '' };
  }

  async function stored(store: RedisCommentStore, id: string, externalId?: string): Promise<Comment> {
    const { comment } = await store.create({ ...newComment(id), externalId: externalId ?? null });
    return comment;
  }

  it('When a comment is approved or rejected, then its record, trail and externalId key expire after the retention period', async () => {
    const { store, ttls } = setUp(60_000);
    const approved = await stored(store, 'r-approved', 'ext-a');
    const rejected = await stored(store, 'r-rejected');
    const outcomes = await store.decideAutoMany([
      { comment: approved, decision: auto('approved') },
      { comment: rejected, decision: auto('rejected') },
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['decided', 'decided']);
    for (const ttl of [...(await ttls('r-approved', 'ext-a')), ...(await ttls('r-rejected'))]) {
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('When a comment is pending or held, then it never expires; a moderator decision starts its retention', async () => {
    const { prefix, store, ttls } = setUp(60_000);
    const pending = await stored(store, 'r-pending', 'ext-p');
    const held = await stored(store, 'r-held', 'ext-h');
    await store.decideAutoMany([{ comment: held, decision: auto('held') }]);
    expect(await ttls(pending.id, 'ext-p')).toEqual([-1, -1]);
    expect(await ttls(held.id, 'ext-h')).toEqual([-1, -1]);

    const current = await store.get(held.id);
    if (current === null) throw new Error('the held comment is missing');
    const at = new Date().toISOString();
    const outcome = await store.decideByModerator(current, {
      status: 'rejected',
      decision: { by: 'mod-1', status: 'rejected', reasons: [{ rule: 'moderator', code: 'insult' }], at },
      from: ['held'],
      moderator: 'mod-1',
      event: '',
    });
    expect(outcome.outcome).toBe('decided');
    // The automatic 'held' decision moved to the trail list: it expires with the record.
    for (const ttl of [...(await ttls(held.id, 'ext-h')), await redis.pttl(`${prefix}:h:${held.id}`)]) expect(ttl).toBeGreaterThan(50_000);
    expect((await store.history(held.id)).map((entry) => [entry.from, entry.to])).toEqual([
      [null, 'pending'],
      ['pending', 'held'],
      ['held', 'rejected'],
    ]);
  });

  it('When the retention is 0, then decided comments are kept', async () => {
    const { store, ttls } = setUp(0);
    const comment = await stored(store, 'r-kept', 'ext-k');
    await store.decideAutoMany([{ comment, decision: auto('approved') }]);
    expect(await ttls(comment.id, 'ext-k')).toEqual([-1, -1]);
  });

  it('When the retention has passed, then the comment and its trail are gone and its externalId may be used again', async () => {
    const { store } = setUp(200);
    const comment = await stored(store, 'r-expiring', 'ext-e');
    await store.decideAutoMany([{ comment, decision: auto('approved') }]);
    await waitFor(async () => (await store.get(comment.id)) === null, { timeoutMs: 5000, what: 'the decided comment to expire' });
    expect(await store.history(comment.id)).toEqual([]);
    const again = await store.create({ ...newComment('r-again'), externalId: 'ext-e' });
    expect(again).toMatchObject({ created: true, comment: { id: 'r-again' } });
  });
});
