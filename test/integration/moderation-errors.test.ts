import { Redis } from 'ioredis';
import pino from 'pino';
import { RedisCommentStore } from '../../src/comments/redis-comment-store';
import { ModerationService } from '../../src/moderation/moderation-service';
import type { Phase } from '../../src/moderation/phases/phase';
import { newComment } from '../support/new-comment';
import { uniquePrefix } from '../support/service-harness';
import { testRedisUrl } from '../support/redis-server';

/**
 * A phase that throws (a bug, a Redis error while refreshing word lists) must neither approve a comment nor
 * leave it pending for ever: it is retried, and held for a moderator on the job's last attempt. Real Redis.
 */
describe('Moderation when a phase throws, on real Redis', () => {
  const url = testRedisUrl();
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  afterAll(() => {
    redis.disconnect();
  });

  const throwing: Phase = {
    name: 'word_lists',
    run: async () => {
      throw new Error('Connection is closed.');
    },
  };

  it('When a phase throws, then the comment is retried while attempts remain and held on the last one', async () => {
    const store = new RedisCommentStore({ redis, keyPrefix: uniquePrefix() });
    const service = new ModerationService({ store, phases: [throwing], now: () => new Date(), logger: pino({ level: 'silent' }) });
    await store.create(newComment('m-1'));

    expect(await service.moderateMany(['m-1'], { finalAttempt: false })).toEqual([{ kind: 'retry', reason: 'Connection is closed.' }]);
    expect((await store.get('m-1'))?.status).toBe('pending');

    const [last] = await service.moderateMany(['m-1'], { finalAttempt: true });
    expect(last).toMatchObject({ kind: 'decided', comment: { status: 'held', decision: { by: 'auto', reasons: [{ rule: 'moderation_error' }] } } });
    expect((await store.get('m-1'))?.status).toBe('held');
  });
});
