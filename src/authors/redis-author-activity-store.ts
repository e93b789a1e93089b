import type { Redis } from 'ioredis';
import { pipelineReplies } from '../redis/pipeline-replies';
import { AUTHOR_HISTORY_WINDOW_MS, authorActivityKeys, REPEAT_POST_WINDOW_MS } from './author-activity';
import type { AuthorActivity, AuthorActivityQuery, AuthorActivityStore } from './author-activity-store';

/** Reads an author's activity in one round trip. */
export class RedisAuthorActivityStore implements AuthorActivityStore {
  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {}

  async activity(query: AuthorActivityQuery): Promise<AuthorActivity> {
    const keys = authorActivityKeys(this.options.keyPrefix, query.authorId);
    const historyFrom = `(${query.nowMs - AUTHOR_HISTORY_WINDOW_MS}`;
    const [posts, rank, decided, rejected] = pipelineReplies(
      await this.options.redis
        .pipeline()
        .zrangebyscore(keys.posts, query.createdAtMs - REPEAT_POST_WINDOW_MS, query.createdAtMs)
        .zrank(keys.first, query.commentId)
        .zcount(keys.decided, historyFrom, '+inf')
        .zcount(keys.rejected, historyFrom, '+inf')
        .exec(),
      4,
    ) as [string[], number | null, number, number];
    return {
      repeatOf: earlierRepeat(posts, query),
      postNumber: rank === null ? null : rank + 1,
      decided,
      rejected,
    };
  }
}

/** The first other post (member `<fingerprint>:<id>`) with the same fingerprint, if any. */
export function earlierRepeat(members: readonly string[], query: Pick<AuthorActivityQuery, 'commentId' | 'textFingerprint'>): string | null {
  const prefix = `${query.textFingerprint}:`;
  for (const member of members) {
    if (member.startsWith(prefix) && member.slice(prefix.length) !== query.commentId) return member.slice(prefix.length);
  }
  return null;
}
