import type { Redis } from 'ioredis';
import { pipelineReplies } from '../redis/pipeline-replies';
import { AUTHOR_HISTORY_WINDOW_MS, authorActivityKeys, REPEAT_POST_WINDOW_MS } from './author-activity';
import type { AuthorActivity, AuthorActivityQuery, AuthorActivityStore } from './author-activity-store';

/** Reads an author's activity in one round trip. */
export class RedisAuthorActivityStore implements AuthorActivityStore {
  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {}

  async activity(query: AuthorActivityQuery): Promise<AuthorActivity> {
    const keys = authorActivityKeys(this.options.keyPrefix, query.authorId, query.textFingerprint);
    const historyFrom = `(${query.nowMs - AUTHOR_HISTORY_WINDOW_MS}`;
    const [sameText, rank, decided, rejected] = pipelineReplies(
      await this.options.redis
        .pipeline()
        // Two at most: the comment itself may be one of them.
        .zrangebyscore(keys.text, query.createdAtMs - REPEAT_POST_WINDOW_MS, query.createdAtMs, 'LIMIT', 0, 2)
        .zrank(keys.first, query.commentId)
        .zcount(keys.decided, historyFrom, '+inf')
        .zcount(keys.rejected, historyFrom, '+inf')
        .exec(),
      4,
    ) as [string[], number | null, number, number];
    return {
      repeatOf: sameText.find((id) => id !== query.commentId) ?? null,
      postNumber: rank === null ? null : rank + 1,
      decided,
      rejected,
    };
  }
}
