import type { Redis } from 'ioredis';
import { COMMENT_STATUSES, type CommentStatus } from '../domain';
import type { CommentCountsStore } from './comment-store';
import type { CommentKeys } from './redis-comment-keys';

/** How many comments are in each state: a hash the transition scripts keep in step with the records. */
export class RedisCommentCounts implements CommentCountsStore {
  constructor(private readonly options: { redis: Redis; keys: CommentKeys }) {}

  async counts(): Promise<Record<CommentStatus, number>> {
    const raw = await this.options.redis.hgetall(this.options.keys.counts);
    return Object.fromEntries(COMMENT_STATUSES.map((s) => [s, Number(raw[s] ?? 0)])) as Record<CommentStatus, number>;
  }
}
