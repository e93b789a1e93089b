import type { Redis } from 'ioredis';
import { join } from 'node:path';
import { LuaScript } from '../redis/lua-script';
import { AUTHOR_HISTORY_WINDOW_MS, authorActivityKeys, MAX_POSTS_KEPT, REPEAT_POST_WINDOW_MS, textFingerprint } from './author-activity';
import type { AuthorActivity, AuthorActivityQuery, AuthorActivityStore } from './author-activity-store';

/** The one read of the author rules: a batch of comments' activity (see the script's header). */
export const readAuthorActivity = new LuaScript({ dir: join(__dirname, 'lua'), file: 'readAuthorActivity.lua', keys: [], args: [] });

interface Waiting {
  query: AuthorActivityQuery;
  resolve: (activity: AuthorActivity) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads authors' activity. The worker moderates a job's comments side by side, and each asks here at about the same
 * moment: the questions asked before the event loop turns go to Redis in one script call (readAuthorActivity.lua:
 * one write, one round trip) instead of four commands per comment.
 */
export class RedisAuthorActivityStore implements AuthorActivityStore {
  private waiting: Waiting[] = [];

  constructor(private readonly options: { redis: Redis; keyPrefix: string }) {}

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
      const keys: string[] = [];
      const args: string[] = [];
      for (const { query } of batch) {
        const k = authorActivityKeys(this.options.keyPrefix, query.authorId);
        keys.push(k.posts, k.first, k.decided, k.rejected);
        args.push(
          String(query.createdAtMs - REPEAT_POST_WINDOW_MS),
          String(query.createdAtMs),
          String(MAX_POSTS_KEPT),
          String(query.nowMs - AUTHOR_HISTORY_WINDOW_MS),
          query.commentId,
        );
      }
      const reply = (await readAuthorActivity.run(this.options.redis, { keys: {}, args: {}, moreKeys: keys, moreArgs: args })) as [string[], number, number, number][];
      if (!Array.isArray(reply) || reply.length !== batch.length) throw new Error('readAuthorActivity.lua answered for another number of comments');
      batch.forEach(({ query, resolve }, i) => {
        const [recent, rank, decided, rejected] = reply[i] as [string[], number, number, number];
        resolve(activityOf(query, recent, rank < 0 ? null : rank, decided, rejected));
      });
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }
}

function activityOf(query: AuthorActivityQuery, recent: string[], rank: number | null, decided: number, rejected: number): AuthorActivity {
  // The fingerprint intake recorded with this comment (`<fingerprint>:<id>`, in its own window): the worker need
  // not hash the text again, and a change to the normalisation between intake and worker cannot split a pair.
  // Hashed here only when that entry is gone (an author with over MAX_POSTS_KEPT posts in the window).
  const own = `:${query.commentId}`;
  const recorded = recent.find((member) => member.endsWith(own));
  const fingerprint = recorded === undefined ? textFingerprint(query.text) : recorded.slice(0, recorded.length - own.length);
  const sameText = `${fingerprint}:`;
  const earlier = recent.find((member) => member.startsWith(sameText) && member.slice(sameText.length) !== query.commentId);
  return {
    repeatOf: earlier === undefined ? null : earlier.slice(sameText.length),
    postNumber: rank === null ? null : rank + 1,
    decided,
    rejected,
  };
}
