import type { Redis } from 'ioredis';
import { pipelineReplies as replies } from '../redis/pipeline-replies';
import type { Claim, ClaimOutcome, ClaimStore, CommentReader } from './comment-store';
import { commentScripts } from './comment-lua-scripts';
import type { CommentKeys } from './redis-comment-keys';

export interface RedisClaimStoreOptions {
  redis: Redis;
  keys: CommentKeys;
  reader: CommentReader;
}

/** Moderators' claims on held comments: a key per claim that expires with its lease. */
export class RedisClaimStore implements ClaimStore {
  private readonly redis: Redis;
  private readonly keys: CommentKeys;
  private readonly reader: CommentReader;

  constructor(options: RedisClaimStoreOptions) {
    this.redis = options.redis;
    this.keys = options.keys;
    this.reader = options.reader;
  }

  async claim(id: string, moderator: string, leaseMs: number): Promise<ClaimOutcome> {
    const reply = (await commentScripts.claimHeld.run(this.redis, { keys: { comment: this.keys.comment(id), claim: this.keys.claim(id) }, args: { moderator, leaseMs } })) as [
      string,
      ...(string | number)[],
    ];
    if (reply[0] === 'missing') return { outcome: 'missing' };
    const comment = await this.reader.get(id);
    if (comment === null) return { outcome: 'missing' };
    const expiresAt = (ttlMs: unknown) => new Date(Date.now() + Math.max(0, Number(ttlMs))).toISOString();
    if (reply[0] === 'claimed') return { outcome: 'claimed', claim: { moderator, expiresAt: expiresAt(reply[1]) }, comment };
    const holder = String(reply[2] ?? '');
    return {
      outcome: 'conflict',
      reason: reply[1] === 'claimed' ? 'claimed' : 'status',
      claim: holder === '' ? null : { moderator: holder, expiresAt: expiresAt(reply[3]) },
      comment,
    };
  }

  async release(id: string, moderator: string): Promise<boolean> {
    return (await commentScripts.releaseClaim.run(this.redis, { keys: { claim: this.keys.claim(id) }, args: { moderator } })) === 1;
  }

  async getClaim(id: string): Promise<Claim | null> {
    const [holder, ttl] = replies(await this.redis.multi().get(this.keys.claim(id)).pttl(this.keys.claim(id)).exec(), 2) as [string | null, number];
    return holder === null ? null : { moderator: holder, expiresAt: new Date(Date.now() + Math.max(0, ttl)).toISOString() };
  }
}
