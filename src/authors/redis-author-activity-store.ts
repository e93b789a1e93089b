import type { Redis } from 'ioredis';
import { pipelineReplies } from '../redis/pipeline-replies';
import { AUTHOR_HISTORY_WINDOW_MS, authorActivityKeys, MAX_POSTS_KEPT, REPEAT_POST_WINDOW_MS } from './author-activity';
import type { AuthorActivity, AuthorActivityQuery, AuthorActivityStore } from './author-activity-store';

interface Waiting {
  query: AuthorActivityQuery;
  resolve: (activity: AuthorActivity) => void;
  reject: (error: unknown) => void;
}


/**
 * Reads authors' activity. The worker moderates a job's comments side by side, and each asks here at about the same
 * moment: the questions asked before the event loop turns go to Redis in one pipeline (one write, one round trip)
 * instead of one pipeline per comment, which had doubled the worker's CPU per comment in the drain bench.
 */
export class RedisAuthorActivityStore implements AuthorActivityStore {
  private waiting: Waiting[] = [];

  constructor(
    private readonly options: {
      redis: Redis;
      keyPrefix: string;
      /** Whether to read the author's first posts (the new-author rule is on); default true. */
      readFirstPosts?: boolean;
    },
  ) {}

  activity(query: AuthorActivityQuery): Promise<AuthorActivity> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ query, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    try {
      const readFirst = this.options.readFirstPosts ?? true;
      const perQuery = readFirst ? 4 : 3;
      const pipeline = this.options.redis.pipeline();
      for (const { query } of batch) {
        const keys = authorActivityKeys(this.options.keyPrefix, query.authorId);
        const historyFrom = `(${query.nowMs - AUTHOR_HISTORY_WINDOW_MS}`;
        // The author's posts of the window, oldest first: at most MAX_POSTS_KEPT short entries.
        pipeline.zrangebyscore(keys.posts, query.createdAtMs - REPEAT_POST_WINDOW_MS, query.createdAtMs, 'LIMIT', 0, MAX_POSTS_KEPT);
        if (readFirst) pipeline.zrank(keys.first, query.commentId);
        pipeline.zcount(keys.decided, historyFrom, '+inf').zcount(keys.rejected, historyFrom, '+inf');
      }
      const replies = pipelineReplies(await pipeline.exec(), batch.length * perQuery);
      batch.forEach(({ query, resolve }, i) => {
        const own = replies.slice(i * perQuery, (i + 1) * perQuery);
        const [recent, rank, decided, rejected] = (readFirst ? own : [own[0], null, own[1], own[2]]) as [string[], number | null, number, number];
        resolve(activityOf(query, recent, rank, decided, rejected));
      });
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }
}

function activityOf(query: AuthorActivityQuery, recent: string[], rank: number | null, decided: number, rejected: number): AuthorActivity {
  const sameText = `${query.textFingerprint}:`;
  const earlier = recent.find((member) => member.startsWith(sameText) && member.slice(sameText.length) !== query.commentId);
  return {
    repeatOf: earlier === undefined ? null : earlier.slice(sameText.length),
    postNumber: rank === null ? null : rank + 1,
    decided,
    rejected,
  };
}
