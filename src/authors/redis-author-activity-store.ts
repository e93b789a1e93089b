import type { Redis } from 'ioredis';
import { pipelineReplies } from '../redis/pipeline-replies';
import { AUTHOR_HISTORY_WINDOW_MS, authorActivityKeys, MAX_POSTS_KEPT, REPEAT_POST_WINDOW_MS } from './author-activity';
import type { AuthorActivity, AuthorActivityQuery, AuthorActivityStore } from './author-activity-store';

/** Reads an author's activity in one round trip. */
export class RedisAuthorActivityStore implements AuthorActivityStore {
  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {}

  async activity(query: AuthorActivityQuery): Promise<AuthorActivity> {
    const keys = authorActivityKeys(this.options.keyPrefix, query.authorId);
    const historyFrom = `(${query.nowMs - AUTHOR_HISTORY_WINDOW_MS}`;
    const [recent, rank, decided, rejected] = pipelineReplies(
      await this.options.redis
        .pipeline()
        // The author's posts of the window, oldest first: at most MAX_POSTS_KEPT short entries.
        .zrangebyscore(keys.posts, query.createdAtMs - REPEAT_POST_WINDOW_MS, query.createdAtMs, 'LIMIT', 0, MAX_POSTS_KEPT)
        .zrank(keys.first, query.commentId)
        .zcount(keys.decided, historyFrom, '+inf')
        .zcount(keys.rejected, historyFrom, '+inf')
        .exec(),
      4,
    ) as [string[], number | null, number, number];
    const sameText = `${query.textFingerprint}:`;
    const earlier = recent.find((member) => member.startsWith(sameText) && member.slice(sameText.length) !== query.commentId);
    return {
      repeatOf: earlier === undefined ? null : earlier.slice(sameText.length),
      postNumber: rank === null ? null : rank + 1,
      decided,
      rejected,
    };
  }
}
