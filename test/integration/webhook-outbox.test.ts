import { Redis } from 'ioredis';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { newComment } from '../support/new-comment';
import { uniquePrefix } from '../support/service-harness';
import { testRedisUrl } from '../support/redis-server';

/**
 * The decision-event outbox is read, handed on, then trimmed. Two relays that read the same events (one
 * stalled past its lock) must not trim twice: a second trim would remove events that arrived in between.
 */
describe('The webhook outbox on real Redis', () => {
  const url = testRedisUrl();
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  afterAll(() => {
    redis.disconnect();
  });

  const event = (id: string): string => JSON.stringify({ id, type: 'comment.decided' });

  it('When two relays read the same events, then only the first trim removes them and later events stay', async () => {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix });
    // Decisions append to the outbox (here directly, as their scripts do).
    await redis.rpush(`${prefix}:outbox`, event('e1'), event('e2'), event('e3'));
    const readByFirst = await store.peekOutbox(100);
    const readBySecond = await store.peekOutbox(100);
    expect(readByFirst).toHaveLength(3);

    expect(await store.trimOutbox(readByFirst)).toBe(true);
    await redis.rpush(`${prefix}:outbox`, event('e4'), event('e5'));
    expect(await store.trimOutbox(readBySecond)).toBe(false);

    expect(await store.peekOutbox(100)).toEqual([event('e4'), event('e5')]);
  });

  it('When no process relays, then the outbox keeps only the newest WEBHOOK_OUTBOX_MAX_EVENTS events', async () => {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix, outboxMaxEvents: 3 });
    await store.markWebhooksConfigured();
    const at = new Date().toISOString();
    for (let i = 1; i <= 5; i += 1) {
      const { comment } = await store.create(newComment(`c${i}`));
      const decision = { by: 'auto', status: 'approved' as const, reasons: [{ rule: 'below_thresholds' }], at };
      await store.decideAutoMany([
        { comment, decision: { status: 'approved', decision, event: event(`e${i}`), scores: {}, scoring: null, language: 'de', languageSource: 'detected' } },
      ]);
    }
    expect(await store.peekOutbox(100)).toEqual([event('e3'), event('e4'), event('e5')]);

    const { comment: held } = await store.create(newComment('c6'));
    await store.decideByModerator(held, {
      status: 'rejected',
      from: ['pending'],
      moderator: 'anna',
      decision: { by: 'anna', status: 'rejected', reasons: [{ rule: 'moderator' }], at },
      event: event('e6'),
    });
    expect(await store.peekOutbox(100)).toEqual([event('e4'), event('e5'), event('e6')]);
  });

  it('When the outbox is at its cap and decisions drop old events while a relay works, then the relay still removes what it handed on', async () => {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix, outboxMaxEvents: 5 });
    await store.markWebhooksConfigured();
    const at = new Date().toISOString();
    const decide = async (i: number): Promise<void> => {
      const { comment } = await store.create(newComment(`c${i}`));
      const decision = { by: 'auto', status: 'approved' as const, reasons: [{ rule: 'below_thresholds' }], at };
      await store.decideAutoMany([{ comment, decision: { status: 'approved', decision, event: event(`e${i}`), scores: {}, scoring: null, language: 'de', languageSource: 'detected' } }]);
    };
    for (let i = 1; i <= 5; i += 1) await decide(i);
    const read = await store.peekOutbox(3);
    expect(read).toEqual([event('e1'), event('e2'), event('e3')]);
    // Two decisions while the relay hands e1..e3 on: the cap drops e1 and e2.
    await decide(6);
    await decide(7);

    expect(await store.trimOutbox(read)).toBe(true);
    expect(await store.peekOutbox(100)).toEqual([event('e4'), event('e5'), event('e6'), event('e7')]);
  });

  it('When no process with receivers has ever started, then decisions write no events; once one has, every decision does', async () => {
    const prefix = uniquePrefix();
    const store = new RedisCommentStore({ redis, keyPrefix: prefix });
    const at = new Date().toISOString();
    const decide = async (i: number): Promise<void> => {
      const { comment } = await store.create(newComment(`c${i}`));
      const decision = { by: 'auto', status: 'approved' as const, reasons: [{ rule: 'below_thresholds' }], at };
      await store.decideAutoMany([{ comment, decision: { status: 'approved', decision, event: event(`e${i}`), scores: {}, scoring: null, language: 'de', languageSource: 'detected' } }]);
    };
    await decide(1);
    expect(await store.outboxLength()).toBe(0);
    // A process with WEBHOOK_URLS starts (its store marks the deployment) …
    await new RedisCommentStore({ redis, keyPrefix: prefix }).markWebhooksConfigured();
    // … and from then on this one, without receivers, writes events too.
    await decide(2);
    expect(await store.peekOutbox(10)).toEqual([event('e2')]);
  });
});
