import type { Redis } from 'ioredis';
import type { Comment, HistoryEntry } from '../domain';
import { pipelineReplies as replies } from '../redis/pipeline-replies';
import type { CommentReader } from './comment-store';
import type { CommentKeys } from './redis-comment-keys';
import { toComment, toHistory } from './redis-comment-record';

export interface RedisCommentReaderOptions {
  redis: Redis;
  keys: CommentKeys;
}

/** Reads comment records and their trails. */
export class RedisCommentReader implements CommentReader {
  private readonly redis: Redis;
  private readonly keys: CommentKeys;

  constructor(options: RedisCommentReaderOptions) {
    this.redis = options.redis;
    this.keys = options.keys;
  }

  async get(id: string): Promise<Comment | null> {
    return toComment(id, await this.redis.hgetall(this.keys.comment(id)));
  }

  async getMany(ids: readonly string[]): Promise<(Comment | null)[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.keys.comment(id));
    return replies(await pipeline.exec(), ids.length).map((hash, i) => toComment(ids[i] as string, hash as Record<string, string>));
  }

  async history(id: string): Promise<HistoryEntry[]> {
    const [hash, trail] = replies(await this.redis.multi().hgetall(this.keys.comment(id)).lrange(this.keys.history(id), 0, -1).exec(), 2) as [Record<string, string>, string[]];
    return toHistory(hash, trail);
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }
}
