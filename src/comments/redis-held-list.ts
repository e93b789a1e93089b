import type { Redis } from 'ioredis';
import { pipelineReplies as replies } from '../redis/pipeline-replies';
import type { HeldComment, HeldListStore, ListHeldQuery, Page } from './comment-store';
import { commentScripts, pageEntries } from './comment-lua-scripts';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';
import { matchesHeldQuery } from './held-comments';
import type { CommentKeys } from './redis-comment-keys';
import { toComment } from './redis-comment-record';

/** The most entries fetched per round trip when scanning the held list, and the most one page may look at. */
const SCAN_BATCH = 200;
const MAX_SCAN = 5000;

/** The review list, paged by a (score, id) cursor over the held indexes. */
export class RedisHeldList implements HeldListStore {
  constructor(private readonly options: { redis: Redis; keys: CommentKeys }) {}

  async listHeld(query: ListHeldQuery): Promise<Page<HeldComment>> {
    const { redis, keys } = this.options;
    const byRisk = query.sort === 'risk';
    const key = byRisk ? keys.heldByRisk : query.articleId === undefined ? keys.held : keys.heldByArticle(query.articleId);

    // Scan the index in batches, filtering as we go; a page stops at `limit` matches or after a bounded scan,
    // in which case the cursor says where to go on.
    const items: HeldComment[] = [];
    let position = query.cursor === undefined ? null : decodeCursor(query.cursor);
    let scanned = 0;
    let exhausted = false;
    let lastReturned: CursorPosition | null = null;
    // The first batch is what an unfiltered page needs (its items and one more, to know whether a next page
    // exists); filters that skip entries make later batches grow, up to SCAN_BATCH.
    let batch = Math.min(SCAN_BATCH, query.limit + 1);
    while (items.length <= query.limit && scanned < MAX_SCAN) {
      const entries = pageEntries(
        await commentScripts.pageAfter.run(redis, {
          keys: { index: key },
          args: { order: byRisk ? 'desc' : 'asc', afterScore: position === null ? '' : String(position.score), afterMember: position?.id ?? '', limit: batch },
        }),
      );
      if (entries.length === 0) {
        exhausted = true;
        break;
      }
      const pipeline = redis.pipeline();
      for (const entry of entries) pipeline.hgetall(keys.comment(entry.id)).get(keys.claim(entry.id)).pttl(keys.claim(entry.id));
      const results = replies(await pipeline.exec(), entries.length * 3);
      for (let i = 0; i < entries.length; i += 1) {
        const entry = entries[i] as CursorPosition;
        position = entry;
        scanned += 1;
        const comment = toComment(entry.id, results[i * 3] as Record<string, string>);
        if (comment === null || !matchesHeldQuery(comment, query)) continue;
        if (items.length === query.limit) {
          // One more match exists beyond this page.
          return { items, nextCursor: lastReturned === null ? null : encodeCursor(lastReturned) };
        }
        const holder = results[i * 3 + 1] as string | null;
        const ttl = Number(results[i * 3 + 2]);
        items.push({ ...comment, claim: holder === null ? null : { moderator: holder, expiresAt: new Date(query.nowMs + Math.max(0, ttl)).toISOString() } });
        lastReturned = entry;
      }
      if (entries.length < batch) {
        exhausted = true;
        break;
      }
      batch = Math.min(SCAN_BATCH, batch * 2);
    }
    if (exhausted || position === null) return { items, nextCursor: null };
    // The scan budget ran out: go on from the last entry looked at.
    return { items, nextCursor: encodeCursor(position) };
  }

  async oldestHeldCreatedAtMs(): Promise<number | null> {
    const first = await this.options.redis.zrange(this.options.keys.held, 0, 0, 'WITHSCORES');
    return first.length === 2 ? Number(first[1]) : null;
  }
}
